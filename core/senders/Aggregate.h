#pragma once
/** @short Sender reports: the stored evidence rolled up per sender address, registrable domain
 *  or origin network (/24), with a suspicion score and its reasons in plain words; and botnet
 *  campaigns (one subject/body fingerprint sent from many origin IPs).
 *
 * Plain calls for a worker thread, on that thread's own Database, filtered by trends::Filter
 * (account, folder, day range in a zone, verdict) and cancellable through an atomic flag checked
 * per row, like core/trends/Aggregate.h: a report view builds the Filter on the GUI thread,
 * hands a copy to a worker, and gets the vectors back by a queued signal. Reads only the
 * message_evidence rows (schema 9); authentication results count only where they came from the
 * account's trusted authserv-id (store::SenderReader::trustedAuthservIds). */
#include "senders/Evidence.h"
#include "store/Database.h"
#include "trends/Filter.h"
#include "trends/Table.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <array>
#include <atomic>

namespace mailtide::senders {

inline constexpr int kMaxGroupIps = 1000;

enum class GroupBy { Address, Domain, Network };
QString toString(GroupBy g); ///< "address", "domain", "ip"
Result<GroupBy> parseGroupBy(const QString &s);

/** One sender (address, domain or /24) over the filter's messages. */
struct SenderGroup
{
    QString key;               ///< the address, the registrable domain, or "192.0.2.0/24"; "(none)" when empty
    qint64 messages = 0;
    qint64 spam = 0, ham = 0, unsure = 0; ///< by the stored verdict; unclassified are in none
    qint64 firstUtc = 0, lastUtc = 0;
    qint64 authChecked = 0;    ///< messages with results from the trusted server
    qint64 spfFail = 0;        ///< spf fail or softfail
    qint64 dkimFail = 0;       ///< dkim fail (a signature that did not verify)
    qint64 dmarcFail = 0;
    qint64 networks = 0;       ///< distinct origin /24s
    qint64 ips = 0;            ///< distinct origin IPs
    std::array<qint64, int(EvidenceId::Count)> evidence{}; ///< messages per evidence kind
    /** Block list listings of the group's origin IPs, from the profile's saved answers
     *  (senders/ArrivalDnsbl.h: arrival checks after an import or sync; "now" checks). */
    qint64 listedArrival = 0;  ///< origin IPs some list listed when their mail arrived
    qint64 listedNow = 0;      ///< origin IPs some list lists at its latest check
    qint64 listed = 0;         ///< origin IPs listed at either time
    QStringList listedOn;      ///< the lists' names ("Spamhaus ZEN"), sorted
    QStringList originIps;     ///< the distinct origin IPs, at most kMaxGroupIps (for a "now" look-up)
    double score = 0;          ///< 0..1, see scoreGroup
    QStringList reasons;       ///< strongest first, plain words, translated

    double spamShare() const { return spam + ham + unsure > 0 ? double(spam) / double(spam + ham + unsure) : 0; }
};

/** The suspicion score of a group, and its reasons. Each signal has a rate (its count over
 *  messages + 1: one message is never a certainty) and a weight; the score is
 *  1 − Π(1 − weight·rate), so independent signs add up and none alone passes its weight.
 *  Signals: spam share among classified messages (0.5), DMARC fail (0.7), SPF fail (0.4), DKIM
 *  fail (0.3) among messages with trusted results, each evidence kind (weightOf), and for an
 *  address or domain, origins spread over many networks (0.5; the share of messages from a
 *  distinct /24, when 4 or more), origin IPs on a block list now (0.6 × their share) or, when fewer
 *  now, at arrival (0.4 × their share). Reasons: the signals adding at least 0.05, up to 4. */
void scoreGroup(SenderGroup &g, GroupBy by);

/** The groups of the filter's messages, by score (highest first), then messages, then key. */
Result<QVector<SenderGroup>> aggregateSenders(store::Database &db, const trends::Filter &f, GroupBy by,
                                              const std::atomic_bool *cancel = nullptr);

/** The ids of the filter's messages in one group (a row of aggregateSenders: the same key as
 *  SenderGroup::key, "(none)" included), newest first, at most limit: the drill-down from a
 *  report row to its messages (then store::SenderReader::itemsOf for one message's evidence). */
Result<QVector<qint64>> messagesOf(store::Database &db, const trends::Filter &f, GroupBy by, const QString &key, int limit,
                                   const std::atomic_bool *cancel = nullptr);

/** One subject/body fingerprint sent from several origin IPs. */
struct BotnetCampaign
{
    qint64 fingerprint = 0;
    QString subject;     ///< of the first stored message
    qint64 messages = 0;
    qint64 spam = 0;
    qint64 ips = 0;      ///< distinct origin IPs
    qint64 networks = 0; ///< distinct /24s
    qint64 senders = 0;  ///< distinct From addresses
    qint64 firstUtc = 0, lastUtc = 0;
};

/** Fingerprints sent from at least minIps distinct origin IPs, by IP count (highest first). */
Result<QVector<BotnetCampaign>> botnetCampaigns(store::Database &db, const trends::Filter &f, int minIps = 3,
                                                const std::atomic_bool *cancel = nullptr);

/** The first `limit` groups (limit < 0: all) as a table for trends::toCsv / trends::toJson (the
 *  filter in '#' lines or a "filters" object). Columns: key, messages, spam, ham, unsure,
 *  spam_share, first_seen, last_seen (days in the filter's zone), auth_checked, spf_fail,
 *  dkim_fail, dmarc_fail, networks, ips, evidence ("id=count" list, most frequent first), score,
 *  reasons. Kind: "senders-address", "senders-domain", "senders-ip". Then listed, listed_arrival, listed_now (origin
 *  IPs on a block list at either time, at arrival, now) and listed_on (the lists' names). */
trends::Table tableOf(const QVector<SenderGroup> &groups, GroupBy by, const trends::Filter &f, int limit);
/** Columns: fingerprint (hex), subject, messages, spam, ips, networks, senders, first_seen,
 *  last_seen. Kind: "senders-campaign". */
trends::Table tableOf(const QVector<BotnetCampaign> &campaigns, const trends::Filter &f, int limit);

} // namespace mailtide::senders
