package kehu.archive;

import java.util.List;

/** A box and the volumes in it the reader may see; {@code restricted} counts the others (hidden or above clearance). */
public record BoxContents(LocationView box, List<ShelvedVolume> volumes, int restricted) {
}
