// libFuzzer target: the IMAP response parser (framing and values) on arbitrary bytes in a chunking
// the input picks, checked against the same bytes fed whole; and the pure imap helpers (modified
// UTF-7, sequence sets, argument quoting) with their round-trip properties.
// Build and run: see README.md beside this file.
#include "imap/Command.h"
#include "imap/Response.h"
#include "imap/SequenceSet.h"
#include "imap/Utf7.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using namespace mailtide::imap;

bool same(const Value &a, const Value &b)
{
    if (a.kind != b.kind || a.bytes != b.bytes || a.number != b.number || a.list.size() != b.list.size()) return false;
    for (qsizetype i = 0; i < a.list.size(); ++i)
        if (!same(a.list[i], b.list[i])) return false;
    return true;
}

bool same(const QVector<Value> &a, const QVector<Value> &b)
{
    if (a.size() != b.size()) return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!same(a[i], b[i])) return false;
    return true;
}

bool same(const Response &a, const Response &b)
{
    return a.type == b.type && a.tag == b.tag && a.status == b.status && same(a.code, b.code) && a.text == b.text
        && a.number == b.number && a.name == b.name && same(a.data, b.data);
}

void check(bool ok)
{
    if (!ok) std::abort();
}

/** Feeds bytes in chunks of 1..64 bytes from a small LCG seeded by the input (0: all at once). */
QVector<Response> run(QByteArrayView bytes, const Limits &limits, quint32 seed, bool *failed)
{
    ResponseParser p(limits);
    QVector<Response> out;
    qsizetype pos = 0;
    quint32 state = seed;
    while (pos < bytes.size()) {
        qsizetype n = bytes.size() - pos;
        if (seed != 0) {
            state = state * 1103515245u + 12345u;
            n = std::min<qsizetype>(n, 1 + qsizetype((state >> 16) % 64));
        }
        p.feed(bytes.sliced(pos, n));
        pos += n;
        check(p.pendingLiteral() >= 0 && p.pendingLiteral() <= limits.maxLiteral);
        check(p.buffered() >= 0 && p.buffered() <= pos);
        while (std::optional<Response> r = p.next()) {
            // What callers do with a response.
            (void)r->fetchItem("BODY[]");
            (void)r->fetchItem("UID");
            (void)r->codeName();
            for (const Value &v : r->data)
                (void)v.text();
            out.append(std::move(*r));
        }
        if (p.error()) {
            check(!p.next());
            check(!p.error()->message.isEmpty());
            check(p.error()->detail.size() <= 4 * 80 + 3);
            break;
        }
    }
    *failed = p.error().has_value();
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    const QByteArrayView raw(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const quint32 seed = quint32(data[0]) * 2654435761u | 1u;

    // Small limits, so the fuzzer reaches every limit; chunked and whole must agree.
    Limits small;
    small.maxLiteral = 4096;
    small.maxLine = 1024;
    small.maxDepth = 8;
    bool chunkedFailed = false;
    bool wholeFailed = false;
    const QVector<Response> chunked = run(raw, small, seed, &chunkedFailed);
    const QVector<Response> whole = run(raw, small, 0, &wholeFailed);
    check(chunked.size() == whole.size() && chunkedFailed == wholeFailed);
    for (qsizetype i = 0; i < chunked.size(); ++i)
        check(same(chunked[i], whole[i]));
    (void)parseOne(raw);

    // Helpers on a prefix.
    const QByteArrayView head = raw.first(std::min<qsizetype>(raw.size(), 512));
    const QString name = decodeMailboxName(head);
    if (isValidMailboxName(head)) check(encodeMailboxName(name) == head);
    check(decodeMailboxName(encodeMailboxName(name)) == name);
    if (auto set = SequenceSet::parse(head)) {
        auto again = SequenceSet::parse(set->toString());
        check(again.ok() && *again == *set);
    }
    const QByteArray a = astring(head);
    check(!a.contains('\r') && !a.contains('\n') && !a.contains('\0'));
    if (auto q = quoted(head)) check(q->size() >= head.size() + 2);
    return 0;
}
