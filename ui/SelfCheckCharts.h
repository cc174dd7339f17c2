#pragma once
/** @short The self-check's mailbox numbers as charts and tables, one builder for the view and for
 *  the PDF report: bounces and complaints per week (backscatter — bounces of mail the user never
 *  sent — against bounces of their own mail), Sent messages per day with the spikes marked, the
 *  forged mail's origin IPs with counts, and the DMARC aggregate reports' sources.
 *
 * GUI thread for the charts (a QChart is a QGraphicsWidget; the caller owns it). The tables are
 * pure functions of selfcheck::MailboxFindings. */
#include "charts/ChartTheme.h"
#include "selfcheck/MailboxScan.h"

#include <QList>
#include <QString>

class QChart;

namespace mailtide::ui {

/** Per ISO week (Monday), oldest first, every week of the scan window. */
struct WeekBounces
{
    QDate week;
    int backscatter = 0; ///< bounces and complaints about mail the user never sent
    int own = 0;         ///< about the user's own mail
};
QList<WeekBounces> bouncesPerWeek(const selfcheck::MailboxFindings &mailbox);

struct OriginCount
{
    QString ip;
    int messages = 0;
};
/** The forged (backscatter) mail's origin IPs, most first; "(unknown)" for reports without one. */
QList<OriginCount> forgedOrigins(const selfcheck::MailboxFindings &mailbox);

struct DmarcSource
{
    QString ip;
    qint64 messages = 0;
    QString spf;         ///< aligned result, "pass" / "fail"
    QString dkim;
    QString disposition; ///< "none", "quarantine", "reject"
    QString reporter;    ///< the report's org_name
};
/** Every row of every DMARC aggregate report, most messages first. */
QList<DmarcSource> dmarcSources(const selfcheck::MailboxFindings &mailbox);

/** Stacked bars per week: backscatter and own bounces. */
QChart *bouncesChart(const selfcheck::MailboxFindings &mailbox, const charts::ChartTheme &theme);
/** A line of Sent messages per day, the spikes as marked points with their counts. */
QChart *sentChart(const selfcheck::MailboxFindings &mailbox, const charts::ChartTheme &theme);

} // namespace mailtide::ui
