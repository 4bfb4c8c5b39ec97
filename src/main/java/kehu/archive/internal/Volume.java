package kehu.archive.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import kehu.shared.AuditedEntity;

/** A volume (卷) of an archive for one business line; numbers its documents 1, 2, 3 … without gaps. */
@Entity
@Table(name = "archive_volume")
public class Volume extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "archive_id")
    private long archiveId;
    @Column(name = "volume_no")
    private int volumeNo;
    @Column(name = "business_line")
    private String businessLine;
    private String title;
    private String subject;
    @Column(name = "last_item_no")
    private int lastItemNo;
    @Column(name = "box_id")
    private Long boxId;

    protected Volume() {
    }

    Volume(long archiveId, int volumeNo, String businessLine, String title, String subject) {
        this.archiveId = archiveId;
        this.volumeNo = volumeNo;
        this.businessLine = businessLine;
        this.title = title;
        this.subject = subject;
    }

    /** The next item number; call only while holding the volume's pessimistic lock. */
    public int nextItemNo() {
        return ++lastItemNo;
    }

    /** Puts the paper volume into a box (null: out of every box); call only through {@link Shelving}. */
    void shelve(Long boxId) {
        this.boxId = boxId;
    }

    /** The box the paper volume sits in, null when it has not been placed. */
    public Long getBoxId() {
        return boxId;
    }

    public Long getId() {
        return id;
    }

    public long getArchiveId() {
        return archiveId;
    }

    public int getVolumeNo() {
        return volumeNo;
    }

    public String getBusinessLine() {
        return businessLine;
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    public int getLastItemNo() {
        return lastItemNo;
    }
}
