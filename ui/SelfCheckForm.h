#pragma once
/** @short What the user asks the self-check to look at (the Self-check view's form), checked and
 *  remembered: QSettings under "selfcheck/..." (never a password: the mailbox scan logs in with
 *  what the window holds), read back by the view on start and by the scheduled re-check.
 *
 * Also the re-check schedule ("Check again every: never / day / week") and when a run is due.
 * Pure values and QSettings; no network, no database. */
#include "selfcheck/DomainCheck.h"
#include "selfcheck/SmtpProbe.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace mailtide::ui {

enum class RecheckInterval { Never, Day, Week };

struct SelfCheckForm
{
    QString domain;
    QString selectors;      ///< DKIM selectors, separated by spaces or commas
    QString ips;            ///< outbound IPs, separated by spaces or commas
    QString account;        ///< IMAP account whose mailbox is read; "" for none
    int days = 90;          ///< how far back the mailbox is read
    QString relayHost;      ///< HOST[:PORT] for the open-relay test
    bool relayConfirmed = false; ///< "This is my server and I may test it"
    QString submissionHost; ///< HOST[:PORT] for the submission check
    bool dnsbl = false;     ///< also ask the block lists (third-party look-ups: opt-in)
    RecheckInterval recheck = RecheckInterval::Never;

    /** From QSettings (the defaults where nothing is saved). */
    static SelfCheckForm load(QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const SelfCheckForm &) const = default;
};

/** The form checked and turned into what the core wants. */
struct CheckedForm
{
    selfcheck::DomainCheckOptions domain;
    std::optional<selfcheck::SmtpProbeOptions> relay; ///< set only when the host is given AND confirmed
    std::optional<selfcheck::SmtpProbeOptions> submission;
};

/** An Error naming the field and what is wrong ("The domain is not a domain name: ..."). A relay
 *  host without the confirmation is not an error: the test does not run (relayWithheld() says so). */
Result<CheckedForm> checkForm(const SelfCheckForm &form);
/** True when a relay host is given but the user has not confirmed it is theirs. */
bool relayWithheld(const SelfCheckForm &form);

/** Whether a scheduled re-check is due at nowUtc: never for Never; else when no run is known or the
 *  last one is at least a day (a week) old. A last run in the future (clock changed) is due too. */
bool recheckDue(RecheckInterval interval, std::optional<qint64> lastRunUtc, qint64 nowUtc);
/** Seconds in an interval (0 for Never). */
qint64 recheckSeconds(RecheckInterval interval);

} // namespace mailtide::ui
