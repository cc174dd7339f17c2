#include "selfcheck/Archive.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <zlib.h>

namespace mailtide::selfcheck {

namespace {

/** text: a QT_TRANSLATE_NOOP("Archive", ...) literal (lupdate finds it there). */
Error archiveError(const char *text, const QString &detail = {})
{
    return Error{QCoreApplication::translate("Archive", text), detail};
}

quint16 le16(QByteArrayView d, qsizetype at)
{
    return quint16(quint8(d[at]) | (quint16(quint8(d[at + 1])) << 8));
}

quint32 le32(QByteArrayView d, qsizetype at)
{
    return quint32(le16(d, at)) | (quint32(le16(d, at + 2)) << 16);
}

quint32 crc32Of(QByteArrayView data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    qsizetype at = 0;
    while (at < data.size()) {
        const uInt n = uInt(std::min<qsizetype>(data.size() - at, 1 << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef *>(data.data() + at), n);
        at += n;
    }
    return quint32(crc);
}

struct Inflated
{
    QByteArray data;
    qsizetype consumed = 0; ///< compressed bytes the stream took
    enum { Ok, TooLarge, Truncated, Corrupt } state = Ok;
    QString detail;
};

/** Raw deflate (RFC 1951) from in, at most limit output bytes. Grows the output as it goes: a
 *  declared size is never trusted for an allocation. */
Inflated inflateRaw(QByteArrayView in, qsizetype limit)
{
    Inflated r;
    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) {
        r.state = Inflated::Corrupt;
        r.detail = QStringLiteral("inflateInit2");
        return r;
    }
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    zs.avail_in = uInt(std::min<qsizetype>(in.size(), std::numeric_limits<uInt>::max()));
    constexpr qsizetype kChunk = 64 * 1024;
    int rc = Z_OK;
    while (true) {
        if (r.data.size() >= limit + 1) {
            r.state = Inflated::TooLarge;
            break;
        }
        const qsizetype room = std::min(kChunk, limit + 1 - r.data.size()); // one byte past: "more than limit"
        const qsizetype before = r.data.size();
        r.data.resize(before + room);
        zs.next_out = reinterpret_cast<Bytef *>(r.data.data() + before);
        zs.avail_out = uInt(room);
        const uInt inBefore = zs.avail_in;
        rc = inflate(&zs, Z_NO_FLUSH);
        r.data.resize(before + room - qsizetype(zs.avail_out));
        if (rc == Z_BUF_ERROR && zs.avail_in == inBefore && qsizetype(zs.avail_out) == room) {
            r.state = zs.avail_in == 0 ? Inflated::Truncated : Inflated::Corrupt; // no progress possible
            break;
        }
        if (rc == Z_STREAM_END) break;
        if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
            r.state = Inflated::Truncated;
            break;
        }
        if (rc != Z_OK && rc != Z_BUF_ERROR) {
            r.state = Inflated::Corrupt;
            r.detail = zs.msg ? QString::fromLatin1(zs.msg) : QString::number(rc);
            break;
        }
        if (zs.avail_in == 0 && zs.avail_out != 0) {
            r.state = Inflated::Truncated;
            break;
        }
    }
    if (r.state == Inflated::Ok && r.data.size() > limit) r.state = Inflated::TooLarge;
    r.consumed = qsizetype(zs.total_in);
    inflateEnd(&zs);
    return r;
}

Error limitError(qsizetype maxOutput)
{
    return Error{QCoreApplication::translate("Archive", "the archive expands to more than %1 bytes (a zip bomb?)")
                     .arg(maxOutput),
                 {}};
}

/** CP437 (the zip default when bit 11 is clear) to Unicode: 0x80-0xFF. */
QString fromCp437(QByteArrayView bytes)
{
    static constexpr char16_t kHigh[128] = {
        0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8, 0x00ef, 0x00ee,
        0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2, 0x00fb, 0x00f9, 0x00ff, 0x00d6,
        0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, 0x00e1, 0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa,
        0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd, 0x00bc, 0x00a1, 0x00ab, 0x00bb, 0x2591, 0x2592, 0x2593, 0x2502,
        0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510, 0x2514,
        0x2534, 0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f, 0x255a, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
        0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b, 0x256a, 0x2518, 0x250c,
        0x2588, 0x2584, 0x258c, 0x2590, 0x2580, 0x03b1, 0x00df, 0x0393, 0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4,
        0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6, 0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320,
        0x2321, 0x00f7, 0x2248, 0x00b0, 0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
    };
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = quint8(c);
        out.append(QChar(b < 0x80 ? char16_t(b) : kHigh[b - 0x80]));
    }
    return out;
}

constexpr quint32 kLocalSig = 0x04034b50;
constexpr quint32 kCentralSig = 0x02014b50;
constexpr quint32 kEndSig = 0x06054b50;
constexpr quint32 kZip64LocatorSig = 0x07064b50;
constexpr qsizetype kEndSize = 22;
constexpr qsizetype kCentralSize = 46;
constexpr qsizetype kLocalSize = 30;

} // namespace

Result<QByteArray> gunzip(QByteArrayView data, qsizetype maxOutput)
{
    // RFC 1952: ID1 ID2 CM FLG MTIME(4) XFL OS [FEXTRA] [FNAME] [FCOMMENT] [FHCRC] deflate CRC32 ISIZE
    QByteArray out;
    qsizetype pos = 0;
    int members = 0;
    while (pos < data.size()) {
        const QByteArrayView rest = data.sliced(pos);
        if (members > 0 && !rest.startsWith("\x1f\x8b")) {
            // What gzip itself does with trailing bytes after a member: ignores them (with a
            // warning); zero padding from tape-style writers is common.
            break;
        }
        if (!rest.startsWith("\x1f\x8b")) return archiveError(QT_TRANSLATE_NOOP("Archive", "not gzip data (no 1f 8b signature)"));
        if (rest.size() < 18) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is cut short"));
        if (quint8(rest[2]) != 8) return archiveError(QT_TRANSLATE_NOOP("Archive", "unknown gzip compression method"), QString::number(quint8(rest[2])));
        const quint8 flags = quint8(rest[3]);
        if (flags & 0xe0) return archiveError(QT_TRANSLATE_NOOP("Archive", "reserved gzip header flags are set"));
        qsizetype at = 10;
        if (flags & 0x04) { // FEXTRA
            if (at + 2 > rest.size()) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is cut short"));
            at += 2 + le16(rest, at);
        }
        for (const quint8 bit : {quint8(0x08), quint8(0x10)}) { // FNAME, FCOMMENT: zero-terminated
            if (!(flags & bit)) continue;
            const qsizetype nul = at < rest.size() ? rest.indexOf('\0', at) : -1;
            if (nul < 0) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is cut short"));
            at = nul + 1;
        }
        if (flags & 0x02) at += 2; // FHCRC
        if (at > rest.size()) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is cut short"));

        const Inflated inf = inflateRaw(rest.sliced(at), maxOutput - out.size());
        if (inf.state == Inflated::TooLarge) return limitError(maxOutput);
        if (inf.state == Inflated::Truncated) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is cut short"));
        if (inf.state == Inflated::Corrupt) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is corrupt"), inf.detail);
        at += inf.consumed;
        if (at + 8 > rest.size()) return archiveError(QT_TRANSLATE_NOOP("Archive", "the gzip data is cut short"));
        const quint32 crc = le32(rest, at);
        const quint32 isize = le32(rest, at + 4);
        if (crc != crc32Of(inf.data))
            return archiveError(QT_TRANSLATE_NOOP("Archive", "gzip CRC-32 mismatch: the data is corrupt"));
        if (isize != quint32(quint64(inf.data.size()) & 0xffffffffu))
            return archiveError(QT_TRANSLATE_NOOP("Archive", "gzip length mismatch: the data is corrupt"));
        out += inf.data;
        pos += at + 8;
        ++members;
    }
    if (members == 0) return archiveError(QT_TRANSLATE_NOOP("Archive", "not gzip data (no 1f 8b signature)"));
    return out;
}

Result<QList<ArchiveEntry>> unzip(QByteArrayView data, qsizetype maxOutput, int maxEntries)
{
    // The end of central directory record: the last signature within 64 KiB (the longest
    // comment) + 22 bytes of the end whose comment length reaches the end exactly.
    if (data.size() < kEndSize) return archiveError(QT_TRANSLATE_NOOP("Archive", "not a zip archive (too short)"));
    qsizetype end = -1;
    const qsizetype lowest = std::max<qsizetype>(0, data.size() - kEndSize - 0xffff);
    for (qsizetype at = data.size() - kEndSize; at >= lowest; --at) {
        if (data[at] != 'P' || le32(data, at) != kEndSig) continue;
        if (at + kEndSize + le16(data, at + 20) == data.size()) {
            end = at;
            break;
        }
        if (end < 0) end = at; // a comment length that lies: keep the last record found, if no better
    }
    if (end < 0) return archiveError(QT_TRANSLATE_NOOP("Archive", "not a zip archive (no end of central directory)"));
    const quint16 disk = le16(data, end + 4);
    const quint16 cdDisk = le16(data, end + 6);
    const quint16 entriesHere = le16(data, end + 8);
    const quint16 entries = le16(data, end + 10);
    const quint32 cdSize = le32(data, end + 12);
    const quint32 cdOffset = le32(data, end + 16);
    if (end >= 20 && le32(data, end - 20) == kZip64LocatorSig)
        return archiveError(QT_TRANSLATE_NOOP("Archive", "zip64 archives are not supported"));
    if (entries == 0xffff || cdSize == 0xffffffffu || cdOffset == 0xffffffffu)
        return archiveError(QT_TRANSLATE_NOOP("Archive", "zip64 archives are not supported"));
    if (disk != 0 || cdDisk != 0 || entriesHere != entries)
        return archiveError(QT_TRANSLATE_NOOP("Archive", "multi-disk zip archives are not supported"));
    if (qint64(cdOffset) + qint64(cdSize) > qint64(end))
        return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip central directory lies outside the archive"));

    QList<ArchiveEntry> out;
    qsizetype total = 0;
    qsizetype at = cdOffset;
    const qsizetype cdEnd = qsizetype(cdOffset) + cdSize;
    for (int i = 0; i < entries; ++i) {
        if (at + kCentralSize > cdEnd || le32(data, at) != kCentralSig)
            return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip central directory is corrupt"), QStringLiteral("entry %1").arg(i + 1));
        const quint16 flags = le16(data, at + 8);
        const quint16 method = le16(data, at + 10);
        const quint32 crc = le32(data, at + 16);
        const quint32 csize = le32(data, at + 20);
        const quint32 usize = le32(data, at + 24);
        const quint16 nameLen = le16(data, at + 28);
        const quint16 extraLen = le16(data, at + 30);
        const quint16 commentLen = le16(data, at + 32);
        const quint16 startDisk = le16(data, at + 34);
        const quint32 localOffset = le32(data, at + 42);
        const qsizetype next = at + kCentralSize + nameLen + extraLen + commentLen;
        if (next > cdEnd) return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip central directory is corrupt"), QStringLiteral("entry %1").arg(i + 1));
        const QByteArrayView rawName = data.sliced(at + kCentralSize, nameLen);
        const QString name = (flags & 0x0800) ? QString::fromUtf8(rawName) : fromCp437(rawName);
        at = next;

        if (name.endsWith(QLatin1Char('/')) && usize == 0) continue; // a directory
        if (out.size() >= maxEntries)
            return Error{QCoreApplication::translate("Archive", "the zip archive holds more than %1 files").arg(maxEntries), {}};
        if ((flags & 0x0001) || (flags & 0x0040) || method == 99)
            return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry is encrypted"), name);
        if (csize == 0xffffffffu || usize == 0xffffffffu || localOffset == 0xffffffffu)
            return archiveError(QT_TRANSLATE_NOOP("Archive", "zip64 archives are not supported"));
        if (startDisk != 0) return archiveError(QT_TRANSLATE_NOOP("Archive", "multi-disk zip archives are not supported"));
        if (method != 0 && method != 8)
            return Error{QCoreApplication::translate("Archive", "zip compression method %1 is not supported").arg(method), name};
        if (qsizetype(usize) > maxOutput - total) return limitError(maxOutput);

        // The local header: its own name and extra lengths say where the data starts.
        const qsizetype lh = localOffset;
        if (lh + kLocalSize > data.size() || le32(data, lh) != kLocalSig)
            return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry's local header is missing"), name);
        const qsizetype dataAt = lh + kLocalSize + le16(data, lh + 26) + le16(data, lh + 28);
        if (dataAt + qsizetype(csize) > data.size()) return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip archive is cut short"), name);
        const QByteArrayView compressed = data.sliced(dataAt, csize);

        ArchiveEntry e;
        e.name = name;
        if (method == 0) {
            if (csize != usize) return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry's sizes disagree"), name);
            e.data = compressed.toByteArray();
        } else {
            const Inflated inf = inflateRaw(compressed, std::min<qsizetype>(maxOutput - total, qsizetype(usize)));
            if (inf.state == Inflated::TooLarge)
                return qsizetype(usize) < maxOutput - total ? archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry is larger than it says"), name)
                                                            : limitError(maxOutput);
            if (inf.state == Inflated::Truncated) return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry is cut short"), name);
            if (inf.state == Inflated::Corrupt) return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry is corrupt"), name + QStringLiteral(": ") + inf.detail);
            e.data = inf.data;
        }
        if (quint32(e.data.size()) != usize) return archiveError(QT_TRANSLATE_NOOP("Archive", "the zip entry's length does not match"), name);
        if (crc32Of(e.data) != crc) return archiveError(QT_TRANSLATE_NOOP("Archive", "zip CRC-32 mismatch: the entry is corrupt"), name);
        total += e.data.size();
        out.append(std::move(e));
    }
    return out;
}

} // namespace mailtide::selfcheck
