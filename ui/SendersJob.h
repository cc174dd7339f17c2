#pragma once
/** @short The sender report's database work, on a worker thread: the aggregate rows (per
 *  address, domain or /24) or the botnet campaigns; one row's messages (the drill-down); one
 *  message's evidence in plain words; "always treat as spam" (a hygiene rule per account); and
 *  the PDF export (an HTML table laid out by QTextDocument, printed by QPdfWriter, then saved).
 *
 * Opens its own connection to the profile (never the GUI's; never creates a missing profile),
 * polls a cancel flag between rows (cancel() is safe from any thread), and hands the answer back
 * as one value in a queued signal. One request per job (ui/Worker.h starts and ends it). */
#include "senders/Aggregate.h"
#include "store/Types.h"

#include <QMetaType>
#include <QObject>

#include <atomic>

namespace mailtide::ui {

struct SendersAnswer
{
    QVector<senders::SenderGroup> groups;       ///< Kind::Groups
    QVector<senders::BotnetCampaign> campaigns; ///< Kind::Campaigns
    QVector<qint64> ids;                        ///< Kind::Messages: every id of the row (newest first, bounded)
    store::MessageRows rows;                    ///< Kind::Messages: the first listLimit of them
    QStringList evidence;                       ///< Kind::Evidence: plain words, strongest first
    QStringList evidenceIds;                    ///< Kind::Evidence: the stable ids beside them
    QString message;                            ///< Kind::AlwaysSpam: what was done, in words
    int rulesAdded = 0;                         ///< Kind::AlwaysSpam
};

class SendersJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Groups, Campaigns, Messages, Evidence, AlwaysSpam, Pdf };
    struct Request
    {
        Kind kind = Kind::Groups;
        QString dbPath;
        trends::Filter filter;
        senders::GroupBy by = senders::GroupBy::Domain;
        QString key;            ///< Messages, AlwaysSpam: the row's key
        int idLimit = 100000;   ///< Messages, AlwaysSpam: at most this many ids of the row
        int listLimit = 500;    ///< Messages: rows read for the list
        qint64 messageId = 0;   ///< Evidence
        int minIps = 3;         ///< Campaigns
        QString html;           ///< Pdf: the document (built on the GUI thread from the shown rows)
        QString path;           ///< Pdf: where to save it (whole, or not at all)
    };

    explicit SendersJob(Request request, QObject *parent = nullptr);
    void cancel() { m_cancel = true; }
    const Request &request() const { return m_request; }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void finished(const mailtide::ui::SendersAnswer &answer);
    /** cancelled: the user stopped it (no message to show). */
    void failed(const QString &message, bool cancelled);

private:
    Result<SendersAnswer> compute();
    Result<SendersAnswer> writePdf();
    Request m_request;
    std::atomic_bool m_cancel{false};
};

} // namespace mailtide::ui

Q_DECLARE_METATYPE(mailtide::ui::SendersAnswer)
