package dev.pamphlet.memory;

import dev.pamphlet.leaflet.KeptFiles;
import dev.pamphlet.leaflet.LeafletMemo;
import dev.pamphlet.leaflet.PdfFolderCache;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.CRC32C;

/**
 * The leaflet memo on disk, in the build cache's PDF folder: one small file per set of inputs and edition, saying
 * which PDFs they made. The inputs are the build key without its output folder and every content file's path,
 * size and time. A file changed so shortly before the listing that its time cannot be trusted is also kept by the
 * bytes the build used; the memo is used only while it still holds them. The file is named by a checksum of the
 * inputs and holds them in full, so two different inputs sharing a checksum only take turns.
 */
final class LeafletMemoFile implements LeafletMemo {
    private static final int FORMAT = 1;

    private final KeptFiles folder;
    private final byte[] inputs;
    private final List<String> unsure;
    private final Function<String, byte[]> content;

    /**
     * @param folder  the build cache's PDF folder
     * @param inputs  the build key without its output folder, and every content file's stamp
     * @param unsure  the content files whose time cannot be trusted
     * @param content the bytes of a content file as this build used it; null when it cannot be read
     */
    LeafletMemoFile(KeptFiles folder, byte[] inputs, List<String> unsure, Function<String, byte[]> content) {
        this.folder = folder;
        this.inputs = inputs.clone();
        this.unsure = List.copyOf(unsure);
        this.content = content;
    }

    private byte[] inputsOf(String edition) {
        byte[] tag = ("\nedition " + edition).getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(inputs, inputs.length + tag.length);
        System.arraycopy(tag, 0, all, inputs.length, tag.length);
        return all;
    }

    private static String name(byte[] all) {
        CRC32C crc = new CRC32C();
        crc.update(all);
        return "inputs-" + BuildKey.hex8(crc.getValue()) + "-" + all.length + PdfFolderCache.MEMO_SUFFIX;
    }

    @Override
    public Optional<Map<String, String>> keys(String edition) {
        byte[] all = inputsOf(edition);
        Path file = folder.file(name(all));
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != FORMAT || in.readInt() != all.length) {
                return Optional.empty();
            }
            byte[] was = new byte[all.length];
            in.readFully(was);
            if (!Arrays.equals(was, all)) {
                return Optional.empty();
            }
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                byte[] used = new byte[in.readInt()];
                in.readFully(used);
                if (!Arrays.equals(used, content.apply(path))) {
                    return Optional.empty(); // saved again since, within the same tick of its clock
                }
            }
            Map<String, String> keys = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String path = in.readUTF();
                keys.put(path, in.readUTF());
            }
            PdfFolderCache.stamp(file);
            return Optional.of(keys);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // none, or damaged: the build makes the print HTML and finds the PDFs by it
        }
    }

    @Override
    public void remember(String edition, Map<String, String> keysByPath) {
        byte[] all = inputsOf(edition);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeInt(all.length);
                out.write(all);
                out.writeInt(unsure.size());
                for (String path : unsure) {
                    byte[] used = content.apply(path);
                    if (used == null) {
                        return; // cannot be vouched for: remember nothing
                    }
                    out.writeUTF(path);
                    out.writeInt(used.length);
                    out.write(used);
                }
                out.writeInt(keysByPath.size());
                for (Map.Entry<String, String> e : keysByPath.entrySet()) {
                    out.writeUTF(e.getKey());
                    out.writeUTF(e.getValue());
                }
            }
            folder.write(name(all), bytes.toByteArray());
        } catch (IOException e) {
            // The next build makes the print HTML again to find its PDFs.
        }
    }
}
