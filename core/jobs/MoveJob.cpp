#include "jobs/MoveJob.h"

#include "classify/InputBuilder.h"
#include "classify/Learner.h"
#include "classify/Tokenizer.h"
#include "imap/Account.h"
#include "imap/Mover.h"
#include "localmail/LocalImporter.h"
#include "store/Store.h"

#include <QMap>

namespace mailtide::jobs {

MoveJob::MoveJob(QString dbPath, QString account, QByteArray password, QVector<qint64> messageIds, bool spam,
                 QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(std::move(account)), m_password(std::move(password)),
      m_ids(std::move(messageIds)), m_spam(spam)
{
}

MoveJob::MoveJob(QString dbPath, QByteArray password, MoveRecord undo, QObject *parent)
    : QObject(parent), m_dbPath(std::move(dbPath)), m_account(undo.account), m_password(std::move(password)),
      m_ids(undo.messageIds), m_spam(undo.label == 1), m_undo(std::move(undo))
{
}

MoveJob::~MoveJob()
{
    m_password.fill('\0');
}

void MoveJob::run()
{
    const auto failed = [this](const Error &e) { Q_EMIT finished(false, e.toString(), {}); };
    auto st = store::Store::open(m_dbPath);
    if (!st)
        return failed(st.error());
    store::Store &store = *st.value();
    auto account = store.imapAccount(m_account);
    if (!account)
        return failed(account.error());
    auto folders = store.imapFolders(account->id);
    if (!folders)
        return failed(folders.error());
    auto where = store.locations(m_ids);
    if (!where)
        return failed(where.error());
    QHash<qint64, store::ImapFolder> byId;
    std::optional<store::ImapFolder> junk, inbox;
    for (const store::ImapFolder &f : folders.value()) {
        byId.insert(f.id, f);
        if (f.specialUse == QLatin1String("\\Junk") && !junk)
            junk = f;
        if (f.name == QLatin1String("INBOX"))
            inbox = f;
    }
    // Where each message goes: Junk or the inbox; for an undo, back where it was.
    QHash<qint64, qint64> destOf;
    for (qsizetype i = 0; i < where->size(); ++i) {
        const store::MessageLocation &l = where->at(i);
        if (m_undo) {
            const qsizetype k = m_undo->messageIds.indexOf(l.id);
            if (k >= 0)
                destOf.insert(l.id, m_undo->fromFolderIds.value(k));
        } else {
            const auto &target = m_spam ? junk : inbox;
            if (!target)
                return failed({m_spam ? tr("This account has no Junk folder") : tr("This account has no inbox"), m_account});
            destOf.insert(l.id, target->id);
        }
    }

    auto endpoint = imap::endpointFor(account.value(), m_password);
    if (!endpoint)
        return failed(endpoint.error());
    imap::Connection c;
    Status opened = c.open(endpoint.value());
    endpoint->password.fill('\0');
    if (!opened)
        return failed(opened.error());
    imap::Session session(c);
    auto caps = session.capability();
    if (!caps)
        return failed(caps.error());

    classify::Model model;
    classify::Learner learner(store.db(), model);
    if (Status s = learner.load(); !s)
        return failed(s.error());
    const classify::Tokenizer tokenizer;

    MoveRecord record;
    record.account = m_account;
    record.label = m_spam ? 1 : 0;
    int moved = 0;
    // Folder by folder (from -> to): read the bytes, move, follow in the store, learn.
    QMap<QPair<qint64, qint64>, QVector<store::MessageLocation>> groups;
    for (const store::MessageLocation &l : where.value())
        if (l.uid && destOf.contains(l.id) && destOf.value(l.id) != l.folderId)
            groups[{l.folderId, destOf.value(l.id)}].push_back(l);
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const store::ImapFolder from = byId.value(g.key().first);
        const store::ImapFolder to = byId.value(g.key().second);
        if (auto sel = session.select(from.serverName.toUtf8()); !sel)
            return failed(sel.error());
        QVector<quint64> uids;
        for (const store::MessageLocation &l : g.value())
            uids << quint64(*l.uid);
        std::sort(uids.begin(), uids.end());
        QHash<quint64, QByteArray> bytes;
        Status read = session.uidFetch(imap::compactSet(uids),
                                       "UID BODY.PEEK[]<0." + QByteArray::number(account->fetchBytes) + '>',
                                       [&](imap::Response &&r) -> Status {
                                           const imap::Value *uid = r.fetchItem("UID");
                                           const imap::Value *body = r.fetchItem("BODY[]<0>");
                                           if (uid && uid->isNumber() && body)
                                               bytes.insert(uid->number, body->bytes);
                                           return {};
                                       });
        if (!read)
            return failed(read.error());
        auto result = imap::moveSelected(c, caps.value(), uids, to.serverName.toUtf8());
        if (!result)
            return failed(result.error());
        {
            store::Transaction tx(store.db());
            if (!tx.begun())
                return failed(tx.begun().error());
            for (const store::MessageLocation &l : g.value()) {
                const auto dest = result->destUid.constFind(quint64(*l.uid));
                // Without COPYUID (a server without UIDPLUS) the new UID is unknown: the row goes,
                // and the next sync fetches the message in its new folder (no undo for it).
                Status s = dest != result->destUid.cend() ? store.relocate(l.id, to.id, qint64(dest.value()))
                                                          : store.removeMessage(l.id);
                if (!s)
                    return failed(s.error());
            }
            if (Status s = tx.commit(); !s)
                return failed(s.error());
        }
        for (const store::MessageLocation &l : g.value()) {
            ++moved;
            const QByteArray b = bytes.value(quint64(*l.uid));
            int outcome = -1;
            if (!b.isEmpty()) {
                const classify::Example e{localmail::localKey(b), tokenizer.tokenize(classify::buildInput(b)),
                                          m_spam ? classify::Label::Spam : classify::Label::Ham};
                if (m_undo) {
                    // Revert the lesson: unlearn a new one; relearn the label a corrected one had.
                    const int was = m_undo->lessons.value(m_undo->messageIds.indexOf(l.id), -1);
                    if (was == int(classify::LearnOutcome::Learned)) {
                        if (auto u = learner.unlearn(e.key, e.tokens); !u)
                            return failed(u.error());
                    } else if (was == int(classify::LearnOutcome::Relearned)) {
                        classify::Example back = e;
                        back.label = m_spam ? classify::Label::Ham : classify::Label::Spam;
                        if (auto r = learner.learn(back); !r)
                            return failed(r.error());
                    }
                } else if (auto r = learner.learn(e); !r) {
                    return failed(r.error());
                } else {
                    outcome = int(r.value());
                }
            }
            if (result->destUid.contains(quint64(*l.uid))) { // else its row is gone: no undo for it
                record.messageIds << l.id;
                record.fromFolderIds << l.folderId;
                record.lessons << outcome;
            }
        }
    }
    (void)learner.saveSnapshot();
    if (m_undo) {
        Q_EMIT finished(true, tr("Undone: %n message(s) moved back.", nullptr, moved), {});
        return;
    }
    Q_EMIT finished(true,
                    m_spam ? tr("%n message(s) moved to Junk and learned as spam.", nullptr, moved)
                           : tr("%n message(s) moved to the inbox and learned as not spam.", nullptr, moved),
                    record);
}

} // namespace mailtide::jobs
