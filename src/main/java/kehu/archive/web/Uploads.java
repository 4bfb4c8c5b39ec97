package kehu.archive.web;

import kehu.archive.Upload;

import org.springframework.web.multipart.MultipartFile;

/** A multipart file as the archive module takes it; an empty part (no file chosen) is no file. */
final class Uploads {

    private Uploads() {
    }

    static Upload of(MultipartFile file) {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        return new Upload(file.getOriginalFilename(), file.getSize(), file::getInputStream);
    }
}
