#pragma once
/** @short Reads one IMAP message's text from the server for the detail pane, on a worker thread.
 *
 * Mailtide keeps no message text; reading one fetches it again (BODY.PEEK: it stays unread on the
 * server), turns it into plain text as for local mail (HTML shown as text, nothing remote loaded)
 * and forgets it. Owns its CURL handle and its database connection; one message per job. */
#include "jobs/StoreReader.h" // Q_DECLARE_METATYPE(mime::MessageText)
#include "mime/MessageText.h"

#include <QObject>

namespace mailtide::jobs {

class BodyJob : public QObject
{
    Q_OBJECT
public:
    BodyJob(QString dbPath, QString account, QByteArray password, qint64 messageId, QObject *parent = nullptr);
    ~BodyJob() override;

    /** At most this much of the message is read (default 1 MiB). */
    static constexpr qint64 kMaxBytes = 1024 * 1024;

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void loaded(qint64 messageId, const mailtide::mime::MessageText &text);
    void failed(qint64 messageId, const QString &message);

private:
    QString m_dbPath;
    QString m_account;
    QByteArray m_password;
    qint64 m_id = 0;
};

} // namespace mailtide::jobs
