#include "hygiene/Applier.h"

#include "imap/Command.h"
#include "imap/Mover.h"
#include "imap/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>

namespace mailtide::hygiene {

namespace {

QByteArray setOf(QVector<qint64> uids)
{
    std::sort(uids.begin(), uids.end());
    QVector<quint64> u;
    u.reserve(uids.size());
    for (qint64 x : uids)
        u.push_back(quint64(x));
    return imap::compactSet(u);
}

/** "<id@host>" in a Message-ID header block -> "id@host" (as the store keeps it). */
QString messageIdOf(const QByteArray &headerBlock)
{
    const qsizetype lt = headerBlock.indexOf('<');
    const qsizetype gt = headerBlock.indexOf('>', lt + 1);
    if (lt < 0 || gt < 0)
        return {};
    return QString::fromUtf8(headerBlock.mid(lt + 1, gt - lt - 1)).trimmed();
}

/** Runs one command, counting it. */
class Wire
{
public:
    explicit Wire(imap::Connection &conn) : c(conn) {}
    Status runOk(const QByteArray &cmd, const imap::Connection::UntaggedFn &fn = {}, imap::Response *tagged = nullptr)
    {
        ++commands;
        return c.runOk(cmd, fn, tagged);
    }
    imap::Connection &c;
    qint64 commands = 0;
};

} // namespace

struct Applier::Folders
{
    store::ImapFolder source;
    store::ImapFolder dest;
};

Status Applier::fail(qint64 actionId, const QString &state, const Error &e)
{
    (void)m_log.setState(actionId, state, e.toString());
    return e;
}

Result<qint64> Applier::record(const Plan &plan, qint64 ruleId)
{
    auto a = m_store.imapAccount(plan.account);
    if (!a)
        return a.error();
    auto folders = m_store.imapFolders(a->id);
    if (!folders)
        return folders.error();
    store::HygieneAction act;
    act.accountId = a->id;
    act.createdUtc = QDateTime::currentSecsSinceEpoch();
    act.kind = toString(plan.action);
    act.sourceValidity = plan.uidValidity;
    act.ruleId = ruleId;
    for (const store::ImapFolder &f : folders.value()) {
        if (f.name == plan.folder)
            act.sourceFolderId = f.id;
        if (!plan.destFolder.isEmpty() && f.name == plan.destFolder)
            act.destFolderId = f.id;
    }
    if (!act.sourceFolderId)
        return Error{QCoreApplication::translate("Hygiene", "No such folder in this account"), plan.folder};
    if (plan.action != Action::Read && !act.destFolderId)
        return Error{QCoreApplication::translate("Hygiene", "No such folder in this account"), plan.destFolder};
    act.description = plan.criteria;
    QVector<store::HygieneActionItem> items;
    items.reserve(plan.items.size());
    for (qsizetype i = 0; i < plan.items.size(); ++i)
        items.push_back({plan.items[i].uid, plan.items[i].messageId, int(i / m_batchSize), store::ItemPending, {}});
    return m_log.addAction(act, items);
}

Result<CheckReport> Applier::check(imap::Connection &c, const Plan &plan)
{
    auto a = m_store.imapAccount(plan.account);
    if (!a)
        return a.error();
    auto folders = m_store.imapFolders(a->id);
    if (!folders)
        return folders.error();
    QString server;
    for (const store::ImapFolder &f : folders.value())
        if (f.name == plan.folder)
            server = f.serverName;
    if (server.isEmpty())
        return Error{QCoreApplication::translate("Hygiene", "No such folder in this account"), plan.folder};
    imap::Session s(c);
    auto st = s.examine(server.toUtf8(), false);
    if (!st)
        return st.error();
    CheckReport r;
    r.serverValidity = qint64(st->uidValidity.value_or(0));
    r.validityMatches = r.serverValidity == plan.uidValidity;
    if (!r.validityMatches || plan.items.isEmpty())
        return r;
    QVector<qint64> uids;
    for (const PlanItem &i : plan.items)
        uids.push_back(i.uid);
    QSet<qint64> present;
    Status found = c.runOk(QByteArray("UID SEARCH UID " + setOf(uids)), [&](imap::Response &&resp) -> Status {
        if (resp.name == "SEARCH")
            for (const imap::Value &v : resp.data)
                if (v.isNumber())
                    present.insert(qint64(v.number));
        return {};
    });
    if (!found)
        return found.error();
    for (qint64 u : uids)
        if (!present.contains(u))
            r.missing.push_back(u);
    return r;
}

Result<qint64> Applier::recordUndo(qint64 actionId)
{
    auto a = m_log.action(actionId);
    if (!a)
        return a.error();
    if (a->undoneBy)
        return Error{QCoreApplication::translate("Hygiene", "This action was undone already"), QCoreApplication::translate("Hygiene", "by action %1").arg(a->undoneBy)};
    if (a->undoOf)
        return Error{QCoreApplication::translate("Hygiene", "This action is an undo; it cannot be undone in turn"), {}};
    if (a->itemsDone == 0)
        return Error{QCoreApplication::translate("Hygiene", "This action did nothing that could be undone"), a->state};
    auto items = m_log.items(actionId);
    if (!items)
        return items.error();
    store::HygieneAction u;
    u.accountId = a->accountId;
    u.createdUtc = QDateTime::currentSecsSinceEpoch();
    u.undoOf = a->id;
    u.description = QCoreApplication::translate("Hygiene", "undo of action %1").arg(a->id);
    QVector<store::HygieneActionItem> back;
    qint64 unknown = 0;
    if (a->kind == QLatin1String("read")) {
        u.kind = QStringLiteral("unread");
        u.sourceFolderId = a->sourceFolderId;
        u.sourceValidity = a->sourceValidity;
        for (const store::HygieneActionItem &i : items.value())
            if (i.state == store::ItemDone)
                back.push_back({i.uid, i.messageId, 0, store::ItemPending, {}});
    } else {
        if (!a->destValidity)
            return Error{QCoreApplication::translate("Hygiene", "The server did not say where the messages went (no COPYUID): they cannot be moved back exactly"), {}};
        u.kind = QStringLiteral("move");
        u.sourceFolderId = a->destFolderId;
        u.sourceValidity = *a->destValidity;
        u.destFolderId = a->sourceFolderId;
        for (const store::HygieneActionItem &i : items.value()) {
            if (i.state != store::ItemDone)
                continue;
            if (i.destUid)
                back.push_back({*i.destUid, i.messageId, 0, store::ItemPending, {}});
            else
                ++unknown;
        }
    }
    std::sort(back.begin(), back.end(), [](const auto &x, const auto &y) { return x.uid < y.uid; });
    for (qsizetype i = 0; i < back.size(); ++i)
        back[i].batch = int(i / m_batchSize);
    if (back.isEmpty())
        return Error{QCoreApplication::translate("Hygiene", "None of this action's messages can be found where it put them"), {}};
    if (unknown)
        u.description += QLatin1Char(' ') + QCoreApplication::translate("Hygiene", "(%n message(s) without a known new UID stay where they are)", nullptr, int(unknown));
    auto id = m_log.addAction(u, back);
    if (!id)
        return id.error();
    if (Status s = m_log.setUndoneBy(a->id, id.value()); !s)
        return s.error();
    return id.value();
}

Result<ApplyReport> Applier::run(imap::Connection &c, qint64 actionId)
{
    QElapsedTimer timer;
    timer.start();
    Wire w(c);
    ApplyReport report;
    report.actionId = actionId;
    auto act = m_log.action(actionId);
    if (!act)
        return act.error();
    const store::HygieneAction a = act.value();
    if (a.state == QLatin1String("done"))
        return report;
    if (a.state == QLatin1String("refused"))
        return Error{QCoreApplication::translate("Hygiene", "This action was refused; make a new plan"), a.error};
    if (a.undoneBy)
        return Error{QCoreApplication::translate("Hygiene", "This action was undone; it is not resumed"), QCoreApplication::translate("Hygiene", "undone by action %1").arg(a.undoneBy)};
    auto loaded = m_log.items(actionId);
    if (!loaded)
        return loaded.error();
    QVector<store::HygieneActionItem> items = loaded.value();
    report.total = items.size();

    Folders f;
    auto folders = m_store.imapFolders(a.accountId);
    if (!folders)
        return folders.error();
    for (const store::ImapFolder &x : folders.value()) {
        if (x.id == a.sourceFolderId)
            f.source = x;
        if (x.id == a.destFolderId)
            f.dest = x;
    }
    if (!f.source.id || (a.destFolderId && !f.dest.id))
        return fail(actionId, QStringLiteral("refused"), {QCoreApplication::translate("Hygiene", "A folder of this action is no longer in the account"), {}}).error();
    const bool flagsOnly = a.kind == QLatin1String("read") || a.kind == QLatin1String("unread");
    const QByteArray sourceName = f.source.serverName.toUtf8();
    const QByteArray destName = f.dest.serverName.toUtf8();
    const bool fromTrash = f.source.specialUse == QLatin1String("\\Trash");

    imap::Session session(c);
    ++w.commands;
    auto caps = session.capability();
    if (!caps)
        return fail(actionId, QStringLiteral("interrupted"), caps.error()).error();
    const bool useMove = !flagsOnly && caps->has("MOVE");
    if (!flagsOnly && !useMove && !caps->has("UIDPLUS"))
        return Error{QCoreApplication::translate("Hygiene", "This server can move messages only by expunging every deleted message"),
                     QCoreApplication::translate("Hygiene", "it offers neither MOVE nor UIDPLUS; Mailtide does not risk it")};
    report.usedMove = useMove;

    ++w.commands;
    auto opened = session.select(sourceName);
    if (!opened)
        return fail(actionId, QStringLiteral("interrupted"), opened.error()).error();
    if (qint64(opened->uidValidity.value_or(0)) != a.sourceValidity)
        return fail(actionId, QStringLiteral("refused"),
                    {QCoreApplication::translate("Hygiene", "The folder changed on the server since the plan was made (another UIDVALIDITY); nothing was done"),
                     QCoreApplication::translate("Hygiene", "%1: planned %2, now %3").arg(f.source.name).arg(a.sourceValidity).arg(qint64(opened->uidValidity.value_or(0)))})
            .error();

    // Which planned UIDs the folder still has.
    QVector<qint64> open;
    bool fresh = true;
    for (const store::HygieneActionItem &i : items) {
        if (i.state != store::ItemPending)
            fresh = false;
        if (i.state != store::ItemDone && i.state != store::ItemGone)
            open.push_back(i.uid);
        else if (i.state == store::ItemDone)
            ++report.resumed;
    }
    QSet<qint64> present;
    if (!open.isEmpty()) {
        Status s = w.runOk("UID SEARCH UID " + setOf(open), [&](imap::Response &&r) -> Status {
            if (r.name == "SEARCH")
                for (const imap::Value &v : r.data)
                    if (v.isNumber())
                        present.insert(qint64(v.number));
            return {};
        });
        if (!s)
            return fail(actionId, QStringLiteral("interrupted"), s.error()).error();
    }
    if (fresh) {
        const qint64 missing = open.size() - present.size();
        if (missing > 0)
            return fail(actionId, QStringLiteral("refused"),
                        {QCoreApplication::translate("Hygiene", "%n planned message(s) are no longer in the folder: the server changed "
                                                        "since the plan was made; nothing was done", nullptr, int(missing)),
                         f.source.name})
                .error();
    } else {
        // Resume: settle what the interrupted run left in flight.
        QVector<qint64> toDone, toPending, toGone;
        QVector<store::HygieneActionItem *> copySent;
        for (store::HygieneActionItem &i : items) {
            const bool here = present.contains(i.uid);
            if (i.state == store::ItemSent) {
                if (flagsOnly) {
                    toPending << i.uid;
                    i.state = store::ItemPending;
                } else if (useMove) {
                    // MOVE is atomic: gone means moved by the command whose answer was lost.
                    (here ? toPending : toDone) << i.uid;
                    i.state = here ? store::ItemPending : store::ItemDone;
                } else if (!here) {
                    toDone << i.uid; // copied and expunged (a later step's answer was lost)
                    i.state = store::ItemDone;
                } else {
                    copySent << &i;
                }
            } else if (i.state == store::ItemCopied && !here) {
                toDone << i.uid;
                i.state = store::ItemDone;
            } else if (i.state == store::ItemPending && !here) {
                toGone << i.uid; // someone else moved or deleted it meanwhile: not ours to touch
                i.state = store::ItemGone;
            }
        }
        if (!copySent.isEmpty()) {
            // Did the lost COPY happen? It is all or nothing: look at what arrived in the
            // destination since its UIDNEXT was noted, by Message-ID.
            QHash<QString, qint64> arrived;
            QVector<qint64> arrivedUids;
            if (a.destUidNext) {
                ++w.commands;
                if (auto e = session.examine(destName, false); !e)
                    return fail(actionId, QStringLiteral("interrupted"), e.error()).error();
                Status s = w.runOk("UID FETCH " + QByteArray::number(*a.destUidNext) + ":* (UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])",
                                   [&](imap::Response &&r) -> Status {
                                       const imap::Value *uid = r.fetchItem("UID");
                                       const imap::Value *h = r.fetchItem("BODY[HEADER.FIELDS (MESSAGE-ID)]");
                                       // "n:*" always includes the last message, even below n (RFC 3501 6.4.8).
                                       if (r.name == "FETCH" && uid && uid->isNumber() && qint64(uid->number) >= *a.destUidNext) {
                                           arrivedUids << qint64(uid->number);
                                           if (h)
                                               arrived.insert(messageIdOf(h->bytes), qint64(uid->number));
                                       }
                                       return {};
                                   });
                if (!s)
                    return fail(actionId, QStringLiteral("interrupted"), s.error()).error();
                ++w.commands;
                if (auto again = session.select(sourceName); !again)
                    return fail(actionId, QStringLiteral("interrupted"), again.error()).error();
            }
            bool copied = false, anyId = false;
            for (const store::HygieneActionItem *i : copySent) {
                anyId = anyId || !i->messageId.isEmpty();
                copied = copied || (!i->messageId.isEmpty() && arrived.contains(i->messageId));
            }
            // Without any Message-ID to go by: copied when at least as many messages arrived.
            if (!anyId)
                copied = arrivedUids.size() >= copySent.size();
            QHash<qint64, qint64> dest;
            QVector<qint64> uids;
            std::sort(arrivedUids.begin(), arrivedUids.end());
            qsizetype k = 0;
            for (store::HygieneActionItem *i : copySent) {
                uids << i->uid;
                if (!copied)
                    continue;
                // By Message-ID; else the n-th new UID (a COPY assigns them in source UID order).
                if (auto it = arrived.constFind(i->messageId); !i->messageId.isEmpty() && it != arrived.cend())
                    dest.insert(i->uid, it.value());
                else if (k < arrivedUids.size())
                    dest.insert(i->uid, arrivedUids[k]);
                ++k;
                i->state = store::ItemCopied;
                i->destUid = dest.value(i->uid);
            }
            if (!copied)
                for (store::HygieneActionItem *i : copySent)
                    i->state = store::ItemPending;
            if (Status s = m_log.setItems(actionId, uids, copied ? store::ItemCopied : store::ItemPending, dest); !s)
                return s.error();
        }
        for (const auto &[uids, state] : {std::pair{toDone, int(store::ItemDone)}, std::pair{toPending, int(store::ItemPending)},
                                          std::pair{toGone, int(store::ItemGone)}})
            if (!uids.isEmpty())
                if (Status s = m_log.setItems(actionId, uids, state); !s)
                    return s.error();
        report.resumed += toDone.size();
        report.gone = toGone.size();
        // Where did the messages of a lost answer land? Their new UIDs are above every UID this
        // action already knows in the destination (UIDs only grow); read those by Message-ID, so
        // the store follows them and an undo can bring them back.
        QHash<qint64, qint64> found;
        if (!toDone.isEmpty() && f.dest.id) {
            QHash<QString, qint64> idOf; // Message-ID -> source UID, for the messages to find
            qint64 above = 0;
            for (const store::HygieneActionItem &i : items) {
                if (i.destUid)
                    above = qMax(above, *i.destUid);
                if (toDone.contains(i.uid) && !i.destUid && !i.messageId.isEmpty())
                    idOf.insert(i.messageId, i.uid);
            }
            if (!idOf.isEmpty()) {
                ++w.commands;
                auto e = session.examine(destName, false);
                if (!e)
                    return fail(actionId, QStringLiteral("interrupted"), e.error()).error();
                Status s = w.runOk("UID FETCH " + QByteArray::number(above + 1) + ":* (UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])",
                                   [&](imap::Response &&r) -> Status {
                                       const imap::Value *uid = r.fetchItem("UID");
                                       const imap::Value *h = r.fetchItem("BODY[HEADER.FIELDS (MESSAGE-ID)]");
                                       if (r.name == "FETCH" && uid && uid->isNumber() && h && qint64(uid->number) > above) {
                                           const auto it = idOf.constFind(messageIdOf(h->bytes));
                                           if (it != idOf.cend())
                                               found.insert(it.value(), qint64(uid->number));
                                       }
                                       return {};
                                   });
                if (!s)
                    return fail(actionId, QStringLiteral("interrupted"), s.error()).error();
                if (Status st = m_log.setItems(actionId, found.keys().toVector(), store::ItemDone, found); !st)
                    return st.error();
                if (!a.destValidity && e->uidValidity)
                    if (Status st = m_log.setDestination(actionId, qint64(*e->uidValidity), std::nullopt); !st)
                        return st.error();
                ++w.commands;
                if (auto again = session.select(sourceName); !again)
                    return fail(actionId, QStringLiteral("interrupted"), again.error()).error();
            }
        }
        // The store follows them; a row whose new UID is still unknown goes (the next sync finds it).
        for (qint64 uid : toDone) {
            auto row = m_log.rowOf(f.source.id, uid);
            if (!row || !row.value())
                continue;
            const auto d = found.constFind(uid);
            if (d == found.cend() || !m_store.relocate(*row.value(), f.dest.id, d.value()))
                (void)m_store.removeMessage(*row.value());
        }
    }
    if (Status s = m_log.setState(actionId, QStringLiteral("running")); !s)
        return s.error();

    // Batch by batch, in order.
    QMap<int, QVector<store::HygieneActionItem *>> batches;
    for (store::HygieneActionItem &i : items)
        if (i.state == store::ItemPending || i.state == store::ItemCopied)
            batches[i.batch].push_back(&i);
    ApplyProgress progress;
    progress.total = report.total;
    progress.done = report.resumed;
    progress.batches = int(batches.size());
    const auto interrupted = [&](const Error &e) -> Result<ApplyReport> {
        return fail(actionId, QStringLiteral("interrupted"), e).error();
    };
    for (auto b = batches.cbegin(); b != batches.cend(); ++b) {
        if (m_cancel && m_cancel->load()) {
            report.cancelled = true;
            (void)m_log.setState(actionId, QStringLiteral("cancelled"));
            report.commands = w.commands;
            report.seconds = timer.elapsed() / 1000.0;
            return report;
        }
        QVector<qint64> pending, copied;
        for (const store::HygieneActionItem *i : b.value())
            (i->state == store::ItemPending ? pending : copied) << i->uid;
        QHash<qint64, qint64> destUids;
        std::optional<qint64> destValidity;
        const auto takeCopyUid = [&](const imap::Response &r) {
            if (auto m = imap::parseCopyUid(r.code)) {
                destValidity = qint64(m->destUidValidity);
                for (auto it = m->destUid.cbegin(); it != m->destUid.cend(); ++it)
                    destUids.insert(qint64(it.key()), qint64(it.value()));
            }
        };
        // Sends a command, lets the test hook act, then reads its answer.
        const auto sendAndRead = [&](const QByteArray &cmd, imap::Response *tagged) -> Status {
            ++w.commands;
            auto tag = c.send(cmd);
            if (!tag)
                return tag.error();
            if (m_afterSend)
                m_afterSend(c, b.key());
            auto r = c.finish(tag.value(), [&](imap::Response &&u) -> Status {
                takeCopyUid(u); // RFC 6851: MOVE's COPYUID comes in an untagged OK
                return {};
            });
            if (!r)
                return r.error();
            if (r->status != imap::Response::Status::Ok)
                return c.refusal(cmd, r.value());
            if (tagged)
                *tagged = r.value();
            return {};
        };
        if (!pending.isEmpty()) {
            const auto markSent = [&]() { return m_log.setItems(actionId, pending, store::ItemSent); };
            const QByteArray set = setOf(pending);
            imap::Response tagged;
            if (flagsOnly) {
                const bool read = a.kind == QLatin1String("read");
                if (Status s = markSent(); !s)
                    return s.error();
                if (Status s = sendAndRead("UID STORE " + set + (read ? " +" : " -") + "FLAGS.SILENT (\\Seen)", &tagged); !s)
                    return interrupted(s.error());
                if (Status s = m_log.changeFlags(f.source.id, pending, store::FlagSeen, read); !s)
                    return s.error();
                if (Status s = m_log.setItems(actionId, pending, store::ItemDone); !s)
                    return s.error();
            } else if (useMove) {
                if (Status s = markSent(); !s)
                    return s.error();
                if (Status s = sendAndRead("UID MOVE " + set + ' ' + imap::astring(destName), &tagged); !s)
                    return interrupted(s.error());
                takeCopyUid(tagged);
                if (Status s = m_log.setItems(actionId, pending, store::ItemDone, destUids); !s)
                    return s.error();
            } else {
                // Note the destination's UIDNEXT first: after a lost COPY answer, what arrived since
                // tells whether it happened.
                std::optional<qint64> uidNext;
                Status st = w.runOk("STATUS " + imap::astring(destName) + " (UIDNEXT)", [&](imap::Response &&r) -> Status {
                    if (r.name == "STATUS" && r.data.size() >= 2 && r.data[1].isList()) {
                        const auto &l = r.data[1].list;
                        for (qsizetype i = 0; i + 1 < l.size(); i += 2)
                            if (l[i].isAtom("UIDNEXT") && l[i + 1].isNumber())
                                uidNext = qint64(l[i + 1].number);
                    }
                    return {};
                });
                if (!st)
                    return interrupted(st.error());
                if (Status s = m_log.setDestination(actionId, std::nullopt, uidNext); !s)
                    return s.error();
                if (Status s = markSent(); !s)
                    return s.error();
                if (Status s = sendAndRead("UID COPY " + set + ' ' + imap::astring(destName), &tagged); !s)
                    return interrupted(s.error());
                takeCopyUid(tagged);
                if (Status s = m_log.setItems(actionId, pending, store::ItemCopied, destUids); !s)
                    return s.error();
                copied += pending;
            }
            report.acted += pending.size();
        }
        if (!copied.isEmpty() && !fromTrash) {
            // Exactly these UIDs: \Deleted, then UID EXPUNGE of the same set (RFC 4315 2.1).
            const QByteArray set = setOf(copied);
            if (Status s = w.runOk("UID STORE " + set + " +FLAGS.SILENT (\\Deleted)"); !s)
                return interrupted(s.error());
            if (Status s = w.runOk("UID EXPUNGE " + set); !s)
                return interrupted(s.error());
        }
        if (!copied.isEmpty()) {
            report.keptInTrash = report.keptInTrash || fromTrash;
            if (Status s = m_log.setItems(actionId, copied, store::ItemDone); !s)
                return s.error();
            if (pending.isEmpty())
                report.acted += copied.size();
        }
        if (destValidity)
            if (Status s = m_log.setDestination(actionId, destValidity, std::nullopt); !s)
                return s.error();
        // The store follows: each row to its new folder and UID (or dropped when unknown).
        // Out of Trash by COPY only, the originals stay (with their rows); the next sync reads the copies.
        if (!flagsOnly && !(fromTrash && !useMove)) {
            auto all = m_log.items(actionId);
            QHash<qint64, qint64> known;
            if (all)
                for (const auto &i : all.value())
                    if (i.destUid)
                        known.insert(i.uid, *i.destUid);
            store::Transaction tx(m_store.db());
            if (!tx.begun())
                return tx.begun().error();
            for (const store::HygieneActionItem *i : b.value()) {
                auto row = m_log.rowOf(f.source.id, i->uid);
                if (!row)
                    return row.error();
                if (!row.value())
                    continue;
                const auto d = known.constFind(i->uid);
                Status s = d != known.cend() ? m_store.relocate(*row.value(), f.dest.id, d.value()) : Status{};
                if (d == known.cend() || !s)
                    if (Status r = m_store.removeMessage(*row.value()); !r)
                        return r.error();
            }
            if (Status s = tx.commit(); !s)
                return s.error();
        }
        ++report.batches;
        progress.done += b.value().size();
        ++progress.batch;
        if (m_progress)
            m_progress(progress);
    }
    if (Status s = m_log.setState(actionId, QStringLiteral("done")); !s)
        return s.error();
    report.commands = w.commands;
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace mailtide::hygiene
