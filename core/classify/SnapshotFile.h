#pragma once
/** @short The snapshot files of the counts (Model) and of the linear weights (LinearModel): a
 *  fixed header that starts with 8 magic bytes and the store's generation, then an array that is
 *  memory-mapped on load. One writer and one reader for both, so a stale or foreign file is
 *  refused the same way. Internal to core/classify. */
#include <QFile>
#include <QSaveFile>

#include <cstdint>
#include <cstring>
#include <memory>

namespace mailtide::classify::snapshot {

/** Writes `header` then `bytes` of `payload` to `path` atomically (QSaveFile). */
template <class Header>
bool write(const QString &path, const Header &header, const void *payload, qint64 bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(reinterpret_cast<const char *>(&header), sizeof header);
    if (payload && bytes > 0)
        f.write(static_cast<const char *>(payload), bytes);
    return f.commit();
}

/** Opens `path` and reads its header: null unless the file is at least a header long, starts with
 *  `magic` and carries `generation`. The caller checks the rest of the header and the size. */
template <class Header>
std::shared_ptr<QFile> open(const QString &path, const char (&magic)[8], std::uint64_t generation, Header *header)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly) || file->size() < qint64(sizeof(Header)))
        return nullptr;
    if (file->read(reinterpret_cast<char *>(header), sizeof(Header)) != qint64(sizeof(Header)) ||
        std::memcmp(header->magic, magic, sizeof magic) != 0 || header->generation != generation)
        return nullptr;
    return file;
}

} // namespace mailtide::classify::snapshot
