#include "imap/Mover.h"

#include "imap/Command.h"
#include "imap/SequenceSet.h"

#include <QCoreApplication>

namespace mailtide::imap {

std::optional<MoveResult> parseCopyUid(const QVector<Value> &code)
{
    if (code.size() < 4 || !code[0].isAtom("COPYUID") || !code[1].isNumber())
        return std::nullopt;
    auto src = SequenceSet::parse(code[2].text());
    auto dst = SequenceSet::parse(code[3].text());
    if (!src || !dst)
        return std::nullopt;
    auto s = src->toVector(100000);
    auto d = dst->toVector(100000);
    if (!s || !d || s->size() != d->size())
        return std::nullopt;
    MoveResult r;
    r.destUidValidity = code[1].number;
    // RFC 4315: the n-th UID of the source set went to the n-th UID of the destination set.
    for (qsizetype i = 0; i < s->size(); ++i)
        r.destUid.insert(s->at(i), d->at(i));
    return r;
}

Result<MoveResult> moveSelected(Connection &c, const Capabilities &caps, const QVector<quint64> &uids,
                                const QByteArray &dest)
{
    MoveResult result;
    if (uids.isEmpty())
        return result;
    QVector<quint64> sorted = uids;
    std::sort(sorted.begin(), sorted.end());
    const QByteArray set = compactSet(sorted);
    auto takeCopyUid = [&](const Response &r) {
        if (auto m = parseCopyUid(r.code)) {
            result.destUidValidity = m->destUidValidity;
            for (auto it = m->destUid.cbegin(); it != m->destUid.cend(); ++it)
                result.destUid.insert(it.key(), it.value());
        }
    };
    if (caps.has("MOVE")) {
        Response tagged;
        Status s = c.runOk(QByteArray("UID MOVE " + set + ' ' + astring(dest)), [&](Response &&r) -> Status {
            takeCopyUid(r); // RFC 6851: in an untagged OK before the EXPUNGEs
            return {};
        }, &tagged);
        if (!s)
            return s.error();
        takeCopyUid(tagged);
        return result;
    }
    if (!caps.has("UIDPLUS"))
        return Error{QCoreApplication::translate("Imap", "This server can move messages only by expunging every deleted message"),
                     QCoreApplication::translate("Imap", "it offers neither MOVE nor UIDPLUS; Mailtide does not risk it")};
    Response copied;
    if (Status s = c.runOk(QByteArray("UID COPY " + set + ' ' + astring(dest)), {}, &copied); !s)
        return s.error();
    takeCopyUid(copied);
    if (Status s = c.runOk(QByteArray("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)")); !s)
        return s.error();
    if (Status s = c.runOk(QByteArray("UID EXPUNGE " + set)); !s)
        return s.error();
    return result;
}

} // namespace mailtide::imap
