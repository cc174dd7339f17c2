#pragma once
/** @short The two archive formats DMARC aggregate reports arrive in: gzip (RFC 1952) and zip
 *  (PKWARE APPNOTE: stored and deflate entries), read with zlib, with hard limits.
 *
 * Reports are small (kilobytes); a hostile attachment is not. Every function stops at maxOutput
 * decompressed bytes in all (a zip bomb gives an Error, never a huge allocation) and never reads
 * outside the given bytes. Encrypted, multi-disk and zip64 archives, and methods other than
 * stored/deflate, are refused with a plain error. Pure functions, thread-safe. */
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace mailtide::selfcheck {

inline constexpr qsizetype kMaxArchiveOutput = 32 * 1024 * 1024;

/** gzip members (concatenated members are joined), CRC-32 and length checked. */
Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput = kMaxArchiveOutput);

struct ArchiveEntry
{
    QString name;    ///< as stored (CP437 or UTF-8 by the flag), never used as a path
    QByteArray data; ///< decompressed, CRC-32 checked
};

/** The files of a zip archive (directories skipped), at most maxEntries, read from the central
 *  directory. */
Result<QList<ArchiveEntry>> unzip(QByteArrayView data, qsizetype maxOutput = kMaxArchiveOutput, int maxEntries = 100);

} // namespace mailtide::selfcheck
