#pragma once
/** @short "Mark as spam / not spam" on a worker thread: moves the messages on the server (Junk or
 *  the inbox), trains the model with them, and can be undone.
 *
 * The messages' bytes are read first (BODY.PEEK, never setting \Seen) for the model, then they are
 * moved by UID (imap/Mover.h); the store follows them to their new folder and UID, so the next sync
 * neither refetches nor relearns them. An undo is another MoveJob: the same messages back to where
 * they were, and each lesson reverted (unlearned, or relearned with the label it had). Owns its
 * CURL handle and its database connection; cancel is not offered (a move is short and half a move
 * is worse than a whole one). */
#include <QObject>
#include <QVector>

namespace mailtide::jobs {

/** What a move did, enough to undo it. */
struct MoveRecord
{
    QString account;
    QVector<qint64> messageIds;
    QVector<qint64> fromFolderIds;
    QVector<int> lessons; ///< per message: classify::LearnOutcome as int, -1 none
    int label = 1;        ///< the label taught: 1 spam, 0 not spam
};

class MoveJob : public QObject
{
    Q_OBJECT
public:
    /** Moves messageIds to the account's Junk folder (spam) or its inbox (not spam) and teaches it. */
    MoveJob(QString dbPath, QString account, QByteArray password, QVector<qint64> messageIds, bool spam,
            QObject *parent = nullptr);
    /** Undoes a move. */
    MoveJob(QString dbPath, QByteArray password, MoveRecord undo, QObject *parent = nullptr);
    ~MoveJob() override;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    /** ok: message is the summary; record is what to pass for an undo (empty after an undo). */
    void finished(bool ok, const QString &message, const mailtide::jobs::MoveRecord &record);

private:
    QString m_dbPath;
    QString m_account;
    QByteArray m_password;
    QVector<qint64> m_ids;
    bool m_spam = true;
    std::optional<MoveRecord> m_undo;
};

} // namespace mailtide::jobs

Q_DECLARE_METATYPE(mailtide::jobs::MoveRecord)
