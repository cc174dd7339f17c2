#include "imap/Sync.h"

#include "senders/Evidence.h"
#include "store/SenderReader.h"

#include "classify/Classifier.h"
#include "classify/InputBuilder.h"
#include "classify/Learner.h"
#include "classify/Tokenizer.h"
#include "localmail/LocalImporter.h"
#include "imap/Session.h"
#include "mime/MessageHeaders.h"
#include "mime/ParsedMessage.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <future>

Q_DECLARE_LOGGING_CATEGORY(lcImap)

namespace mailtide::imap {

namespace {


/** What one FETCH response carries; nullopt when the server left out the UID or the body. */
struct Fetched
{
    store::NewMessage row;
    QByteArray bytes;
    std::optional<classify::MessageInput> input; ///< when the message was parsed whole (to classify it)
};

/** The message row for one FETCH response. The whole message is parsed (GMime, gumbo) only when
 *  it is to be classified; otherwise its header block is enough. */
std::optional<Fetched> rowFromFetch(const Response &r, const classify::Classifier *classifier,
                                    const senders::EvidenceContext &evidenceContext)
{
    const Value *uid = r.fetchItem("UID");
    if (!uid || !uid->isNumber())
        return std::nullopt;
    const Value *body = r.fetchItem("BODY[]<0>");
    if (!body)
        body = r.fetchItem("BODY[]");
    if (!body)
        return std::nullopt;
    Fetched f;
    store::NewMessage &m = f.row;
    m.uid = qint64(uid->number);
    f.bytes = body->bytes;
    const QByteArray &bytes = f.bytes;
    mime::MessageHeaders h;
    if (classifier && !bytes.isEmpty()) {
        // Parsed whole (what was fetched of it): the classifier and the sender evidence (links
        // included) read it.
        const mime::ParsedMessage parsed = mime::parseMessage(bytes);
        h = mime::headersOf(parsed);
        senders::attachEvidence(m, parsed, evidenceContext);
        f.input = classify::buildInput(parsed);
        const classify::Verdict v = classifier->classify(*f.input);
        m.verdict = int(v.kind);
        m.score = v.score;
        m.reasons = v.reasonsJson();
    } else {
        // No sender evidence without classification: parsing the header block for it would cost
        // more than the rest of a --no-classify sync (whose bar is 1.2x imaplib). Those messages
        // are not in the sender reports until synced with classification.
        h = mime::parseHeaders(bytes);
    }
    localmail::setHeaderFields(m, h);
    // Trends trust the server's arrival time (INTERNALDATE), never the sender's Date; without one,
    // the same choice as for local mail (top Received, else a plausible Date, else now).
    if (const Value *idate = r.fetchItem("INTERNALDATE"); idate && idate->isString()) {
        if (auto d = parseInternalDate(idate->bytes)) {
            m.receivedUtc = d->utc;
            m.receivedOffset = d->offset;
            m.receivedSource = store::ReceivedSource::InternalDate;
        }
    }
    if (m.receivedSource != store::ReceivedSource::InternalDate) {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const localmail::ReceivedTime rt = localmail::chooseReceivedTime(h, now, now);
        m.receivedUtc = rt.time.utc;
        m.receivedOffset = rt.time.offset;
        m.receivedSource = rt.source;
    }
    const Value *size = r.fetchItem("RFC822.SIZE");
    m.size = size && size->isNumber() ? qint64(size->number) : bytes.size();
    if (const Value *flags = r.fetchItem("FLAGS"); flags && flags->isList())
        m.flags = flagsFromList(*flags);
    return f;
}

} // namespace

void Syncer::setCancelFlag(const std::atomic_bool *flag)
{
    m_cancel = flag;
    m_c.setCancelFlag(flag);
}

Result<SyncReport> Syncer::sync(qint64 accountId, const SyncOptions &o)
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    m_left.clear();
    m_idsAt.clear();
    auto rowsBefore = m_store.lastMessageRowId();
    if (!rowsBefore)
        return rowsBefore.error();
    m_rowsBefore = rowsBefore.value();
    const qint64 bytesAtStart = m_c.bytesReceived();
    Session s(m_c);
    auto caps = s.capability();
    if (!caps)
        return caps.error();
    const bool condstore = caps->has("CONDSTORE") || caps->has("QRESYNC");
    auto boxes = s.list();
    if (!boxes)
        return boxes.error();

    // The folder list: what the server has now. Folders it no longer has go, with their rows —
    // only on a full sync (a --folder sync does not look at the others).
    struct Target
    {
        qint64 id;
        MailboxInfo box;
    };
    QVector<Target> targets;
    {
        store::Transaction tx(m_store.db());
        if (!tx.begun())
            return tx.begun().error();
        QSet<QString> seen;
        for (const MailboxInfo &b : boxes.value()) {
            if (!b.selectable)
                continue;
            auto id = m_store.ensureImapFolder(accountId, b.path, QString::fromUtf8(b.serverName), b.specialUse);
            if (!id)
                return id.error();
            seen.insert(b.path);
            if (o.folders.isEmpty() || o.folders.contains(b.path))
                targets.push_back({id.value(), b});
        }
        if (o.folders.isEmpty()) {
            auto stored = m_store.folders(accountId);
            if (!stored)
                return stored.error();
            for (const store::FolderInfo &f : stored.value())
                if (!seen.contains(f.name))
                    if (Status st = m_store.removeFolder(f.id); !st)
                        return st.error();
        }
        if (Status st = tx.commit(); !st)
            return st.error();
    }
    for (const QString &wanted : o.folders) {
        const bool found = std::any_of(targets.cbegin(), targets.cend(), [&](const Target &t) { return t.box.path == wanted; });
        if (!found)
            return Error{QCoreApplication::translate("Imap", "The server has no folder of this name"), wanted};
    }

    SyncProgress progress;
    progress.folderCount = int(targets.size());
    for (const Target &t : std::as_const(targets)) {
        ++progress.folderIndex;
        FolderSyncReport fr;
        fr.folder = t.box.path;
        const FolderRef ref{t.id, t.box.serverName, t.box.path, t.box.specialUse};
        const Status st = syncFolder(accountId, ref, condstore, o, fr, progress, report);
        // What committed before a cancel counts ("12 new messages kept").
        report.added += fr.added;
        report.removed += fr.removed;
        report.flagsChanged += fr.flagsChanged;
        report.spam += fr.spam;
        report.folders.push_back(fr);
        if (!st) {
            if (m_cancel && m_cancel->load()) {
                report.cancelled = true;
                break;
            }
            return Error{st.error().message, t.box.path + QStringLiteral(": ") + st.error().detail};
        }
    }
    report.bytes = m_c.bytesReceived() - bytesAtStart;
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

Result<bool> Syncer::wasIn(qint64 accountId, const QString &messageId, const QString &place)
{
    if (messageId.isEmpty())
        return false;
    auto known = m_idsAt.constFind(place);
    if (known == m_idsAt.cend()) {
        auto ids = m_store.messageIdsIn(accountId, place, m_rowsBefore);
        if (!ids)
            return ids.error();
        known = m_idsAt.insert(place, std::move(ids.value()));
    }
    if (known->contains(messageId))
        return true;
    auto it = m_left.constFind(messageId);
    return it != m_left.cend() && it.value() == place;
}

Status Syncer::syncFolder(qint64 accountId, const FolderRef &folder, bool condstore, const SyncOptions &o,
                          FolderSyncReport &fr, SyncProgress &progress, SyncReport &total)
{
    const qint64 folderId = folder.id;
    const QByteArray &serverName = folder.serverName;
    const QString &path = folder.path;
    const bool isJunk = folder.specialUse == QLatin1String("\\Junk");
    const bool isInbox = path == QLatin1String("INBOX");
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    Session s(m_c);
    auto before = m_store.folderState(folderId);
    if (!before)
        return before.error();
    auto fs = s.examine(serverName, condstore);
    if (!fs)
        return fs.error();
    fr.onServer = qint64(fs->exists);
    const bool sameValidity = before->uidValidity && quint64(*before->uidValidity) == *fs->uidValidity;
    auto stored = m_store.uidFlags(folderId);
    if (!stored)
        return stored.error();

    if (before->uidValidity && !sameValidity) {
        // RFC 3501 2.3.1.1: the old UIDs mean nothing now. Drop them and the old sync state in one
        // transaction, so a crash here cannot leave old rows under the new UIDVALIDITY.
        store::Transaction tx(m_store.db());
        if (!tx.begun())
            return tx.begun();
        if (Status st = m_store.clearFolder(folderId); !st)
            return st;
        if (Status st = m_store.setFolderState(folderId, {qint64(*fs->uidValidity), std::nullopt, std::nullopt}); !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
        fr.uidValidityChanged = true;
        stored->clear();
        qCInfo(lcImap) << path << "UIDVALIDITY changed: resyncing";
    } else if (!before->uidValidity) {
        if (Status st = m_store.setFolderState(folderId, {qint64(*fs->uidValidity), std::nullopt, std::nullopt}); !st)
            return st;
    }

    // Nothing changed since the last complete sync (RFC 7162 3.1.2.1): same UIDNEXT, same
    // HIGHESTMODSEQ, same count. Then no UID list and no flags are read.
    if (sameValidity && condstore && before->highestModSeq && fs->highestModSeq && before->uidNext && fs->uidNext &&
        quint64(*before->highestModSeq) == *fs->highestModSeq && quint64(*before->uidNext) == *fs->uidNext &&
        quint64(stored->size()) == fs->exists) {
        fr.unchanged = true;
        return {};
    }

    QVector<quint64> onServer;
    if (fs->exists > 0) {
        auto uids = s.uidSearchAll();
        if (!uids)
            return uids.error();
        onServer = std::move(uids.value());
    }
    const QSet<quint64> serverSet(onServer.cbegin(), onServer.cend());
    QVector<qint64> gone;
    for (auto it = stored->cbegin(); it != stored->cend(); ++it)
        if (!serverSet.contains(quint64(it.key())))
            gone.push_back(it.key());
    QVector<quint64> fresh;
    for (quint64 uid : std::as_const(onServer))
        if (!stored->contains(qint64(uid)))
            fresh.push_back(uid);

    // Flags of the messages already stored: only those changed since the last MODSEQ when the
    // server keeps them, else all (one short line per message).
    QHash<qint64, int> changedFlags;
    if (!stored->isEmpty()) {
        const bool sinceModSeq = condstore && sameValidity && before->highestModSeq;
        const QByteArray modifiers =
            sinceModSeq ? "CHANGEDSINCE " + QByteArray::number(*before->highestModSeq) : QByteArray();
        Status st = s.uidFetch("1:*", "UID FLAGS", [&](Response &&r) -> Status {
            const Value *uid = r.fetchItem("UID");
            const Value *flags = r.fetchItem("FLAGS");
            if (!uid || !uid->isNumber() || !flags || !flags->isList())
                return {};
            auto it = stored->constFind(qint64(uid->number));
            if (it == stored->cend())
                return {};
            const int f = flagsFromList(*flags);
            if (f != it.value())
                changedFlags.insert(it.key(), f);
            return {};
        }, modifiers);
        if (!st)
            return st;
    }
    if (m_learner && !gone.isEmpty()) {
        // Where messages go from here: a Message-ID that turns up in Junk (or the inbox) later in
        // this sync was moved there by the user.
        auto ids = m_store.messageIdsOf(folderId, gone);
        if (!ids)
            return ids.error();
        const QString place = folder.specialUse.isEmpty() ? path : folder.specialUse;
        for (const QString &id : ids.value())
            m_left.insert(id, place);
    }
    {
        store::Transaction tx(m_store.db());
        if (!tx.begun())
            return tx.begun();
        if (Status st = m_store.removeUids(folderId, gone); !st)
            return st;
        if (Status st = m_store.setFlags(folderId, changedFlags); !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
    }
    fr.removed = gone.size();
    fr.flagsChanged = changedFlags.size();

    progress.folder = path;
    progress.done = 0;
    progress.total = fresh.size();
    if (m_progress)
        m_progress(progress);
    QElapsedTimer rate;
    rate.start();
    const QByteArray items = "UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[]<0." + QByteArray::number(o.fetchBytes) + '>';
    // Pipelined: while the server sends batch k+1 (this thread: TLS, framing), batch k is parsed,
    // classified, stored and learned on a second thread. They never share an object: this thread
    // only reads the socket into the next batch; the store, the classifier and the learner are used
    // by the processing thread alone until it is joined, and nothing else touches them meanwhile.
    // At most two batches of message bytes are in memory.
    struct Outcome
    {
        Status status;
        qint64 done = 0, added = 0, spam = 0, learnedSpam = 0, learnedHam = 0, toJunk = 0, fromJunk = 0;
    };
    // Sender evidence is judged against the account's own receiving server, once it is known.
    senders::EvidenceContext evidenceContext;
    if (auto ids = store::SenderReader(m_store.db()).trustedAuthservIds(); ids)
        evidenceContext.authservId = ids->value(accountId);
    auto process = [&](std::vector<Response> responses) -> Outcome {
        Outcome out;
        auto ins = m_store.inserter();
        if (!ins)
            return {ins.error()};
        store::Transaction tx(m_store.db());
        if (!tx.begun())
            return {tx.begun()};
        std::vector<classify::Example> lessons;
        // Parsing and classifying are pure and the model is not changed while they run: the two
        // halves of the batch go to two threads. Storing and learning below stay in order.
        std::vector<std::optional<Fetched>> rows(responses.size());
        const auto parse = [&](size_t from, size_t to) {
            for (size_t i = from; i < to && !(m_cancel && m_cancel->load()); ++i)
                rows[i] = rowFromFetch(responses[i], m_classifier, evidenceContext);
        };
        const size_t half = responses.size() / 2;
        auto otherHalf = std::async(std::launch::async, parse, half, responses.size());
        parse(0, half);
        otherHalf.get();
        for (std::optional<Fetched> &fetched : rows) {
            if (m_cancel && m_cancel->load())
                return {Error{QCoreApplication::translate("Imap", "Cancelled"), {}}}; // this batch rolls back
            if (!fetched)
                continue;
            store::NewMessage *row = &fetched->row;
            if (m_learner && (isJunk || isInbox) && !fetched->bytes.isEmpty()) {
                // Decided from the row (flags, date, Message-ID) first: most inbox mail teaches
                // nothing and is not parsed a second time.
                std::optional<classify::Label> label;
                if (isJunk) {
                    label = classify::Label::Spam;
                    auto inbox = wasIn(accountId, row->messageId, QStringLiteral("INBOX"));
                    if (!inbox)
                        return {inbox.error()};
                    out.toJunk += inbox.value() ? 1 : 0;
                } else if (auto junk = wasIn(accountId, row->messageId, QStringLiteral("\\Junk")); !junk) {
                    return {junk.error()};
                } else if (junk.value()) {
                    label = classify::Label::Ham;
                    ++out.fromJunk;
                } else if ((row->flags & store::FlagSeen) && row->receivedUtc < now - qint64(o.hamAfterDays) * 86400) {
                    label = classify::Label::Ham;
                }
                if (label) {
                    // The classifier's input when there was one: the message is parsed once.
                    if (!fetched->input)
                        fetched->input = classify::buildInput(fetched->bytes);
                    lessons.push_back({localmail::localKey(fetched->bytes), m_tokenizer.tokenize(*fetched->input), *label});
                }
            }
            row->accountId = accountId;
            row->folderId = folderId;
            auto inserted = ins->insert(*row);
            if (!inserted)
                return {inserted.error()};
            ++out.done;
            if (inserted.value()) {
                ++out.added;
                if (row->verdict && *row->verdict == int(store::Verdict::Spam))
                    ++out.spam;
            }
        }
        if (Status c = tx.commit(); !c)
            return {c};
        if (!lessons.empty()) {
            // After the rows' commit: the learner runs its own transaction on the same database.
            auto learned = m_learner->learnBatch(lessons);
            if (!learned)
                return {learned.error()};
            for (const classify::Example &e : lessons)
                (e.label == classify::Label::Spam ? out.learnedSpam : out.learnedHam) += 1;
        }
        return out;
    };
    std::future<Outcome> pending;
    auto join = [&]() -> Status {
        if (!pending.valid())
            return {};
        const Outcome b = pending.get();
        if (!b.status)
            return b.status;
        fr.added += b.added;
        fr.spam += b.spam;
        total.learnedSpam += b.learnedSpam;
        total.learnedHam += b.learnedHam;
        total.movedToJunk += b.toJunk;
        total.movedFromJunk += b.fromJunk;
        progress.done += b.done;
        if (m_progress) {
            progress.messagesPerSecond = double(progress.done) * 1e9 / double(qMax<qint64>(1, rate.nsecsElapsed()));
            m_progress(progress);
        }
        return {};
    };
    // The batches' UID FETCHes go out one ahead of what is read (Session::uidFetchEach): the server
    // streams batch k+1 while we take in batch k, instead of idling a round trip between them.
    QList<QByteArray> sets;
    QHash<quint64, qsizetype> batchOf;
    batchOf.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); i += o.batch) {
        const QVector<quint64> part = fresh.mid(i, o.batch);
        for (quint64 uid : part)
            batchOf.insert(uid, sets.size());
        sets.append(compactSet(part));
    }
    std::vector<std::vector<Response>> got(size_t(sets.size()));
    Status st = s.uidFetchEach(
        sets, items,
        [&](Response &&r) -> Status {
            // A FETCH the server sends on its own (another client changed flags) has no body.
            const Value *uid = r.fetchItem("UID");
            if (uid && uid->isNumber()) {
                if (auto it = batchOf.constFind(uid->number); it != batchOf.cend())
                    got[size_t(it.value())].push_back(std::move(r));
            }
            if (m_cancel && m_cancel->load())
                return Error{QCoreApplication::translate("Imap", "Cancelled"), {}};
            return {};
        },
        [&](qsizetype k) -> Status {
            // Batch k arrived whole: the one before it is joined (it commits even if a later one
            // fails), and k is processed while k+1 arrives.
            if (Status j = join(); !j)
                return j;
            pending = std::async(std::launch::async, process, std::move(got[size_t(k)]));
            return {};
        });
    if (!st) {
        (void)join(); // the batches before the failed one stay
        return st;
    }
    if (Status j = join(); !j)
        return j;
    // The folder is complete: remember where the server was, for the next sync's fast path.
    return m_store.setFolderState(folderId, {qint64(*fs->uidValidity),
                                             fs->uidNext ? std::optional<qint64>(qint64(*fs->uidNext)) : std::nullopt,
                                             fs->highestModSeq ? std::optional<qint64>(qint64(*fs->highestModSeq)) : std::nullopt});
}

} // namespace mailtide::imap
