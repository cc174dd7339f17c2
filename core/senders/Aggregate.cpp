#include "senders/Aggregate.h"

#include "senders/ArrivalDnsbl.h"
#include "store/SenderReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace mailtide::senders {

namespace {


bool isFail(QByteArrayView r)
{
    return r == "fail" || r == "softfail" || r == "permfail";
}

struct Acc
{
    SenderGroup g;
    QSet<QByteArray> nets;
    QSet<QByteArray> ips;
};

Error cancelled()
{
    return Error{QCoreApplication::translate("Senders", "cancelled"), {}};
}

} // namespace

QString toString(GroupBy g)
{
    switch (g) {
    case GroupBy::Address: return QStringLiteral("address");
    case GroupBy::Domain: return QStringLiteral("domain");
    case GroupBy::Network: return QStringLiteral("ip");
    }
    return {};
}

Result<GroupBy> parseGroupBy(const QString &s)
{
    if (s == QLatin1String("address"))
        return GroupBy::Address;
    if (s == QLatin1String("domain"))
        return GroupBy::Domain;
    if (s == QLatin1String("ip"))
        return GroupBy::Network;
    return Error{QCoreApplication::translate("Senders", "unknown grouping %1 (address, domain or ip)").arg(s), {}};
}

void scoreGroup(SenderGroup &g, GroupBy by)
{
    struct Signal
    {
        double contribution;
        QString text;
    };
    std::vector<Signal> signals_;
    const double n1 = double(g.messages + 1);
    auto add = [&](qint64 count, qint64 of, double weight, const QString &text) {
        if (count <= 0 || of <= 0)
            return;
        signals_.push_back({weight * double(count) / double(of + 1), text});
    };
    const qint64 classified = g.spam + g.ham + g.unsure;
    add(g.spam, classified, 0.5, QCoreApplication::translate("Senders", "%1 of %2 classified messages are spam").arg(g.spam).arg(classified));
    add(g.dmarcFail, g.authChecked, 0.7, QCoreApplication::translate("Senders", "%1 of %2 fail DMARC at your server").arg(g.dmarcFail).arg(g.authChecked));
    add(g.spfFail, g.authChecked, 0.4, QCoreApplication::translate("Senders", "%1 of %2 fail SPF at your server").arg(g.spfFail).arg(g.authChecked));
    add(g.dkimFail, g.authChecked, 0.3, QCoreApplication::translate("Senders", "%1 of %2 have a DKIM signature that does not verify").arg(g.dkimFail).arg(g.authChecked));
    for (int k = 0; k < int(EvidenceId::Count); ++k) {
        const EvidenceId id = EvidenceId(k);
        if (g.evidence[size_t(k)] > 0)
            signals_.push_back({weightOf(id) * double(g.evidence[size_t(k)]) / n1,
                                QCoreApplication::translate("Senders", "%1 of %2: %3").arg(g.evidence[size_t(k)]).arg(g.messages).arg(describe(id))});
    }
    if (by != GroupBy::Network && g.networks >= 4)
        signals_.push_back({0.5 * double(g.networks) / n1,
                            QCoreApplication::translate("Senders", "sent from %1 different networks (/24) — many machines, as a botnet").arg(g.networks)});
    if (g.ips > 0 && g.listedNow > 0)
        signals_.push_back({0.6 * double(g.listedNow) / double(g.ips),
                            QCoreApplication::translate("Senders", "%1 of %2 origin IPs on %3").arg(g.listedNow).arg(g.ips).arg(g.listedOn.join(QStringLiteral(", ")))});
    if (g.ips > 0 && g.listedArrival > g.listedNow)
        signals_.push_back({0.4 * double(g.listedArrival) / double(g.ips),
                            QCoreApplication::translate("Senders", "%1 of %2 origin IPs were on %3 when their mail arrived")
                                .arg(g.listedArrival).arg(g.ips).arg(g.listedOn.join(QStringLiteral(", ")))});
    double keep = 1;
    for (const Signal &s : signals_)
        keep *= 1 - std::clamp(s.contribution, 0.0, 1.0);
    g.score = 1 - keep;
    std::stable_sort(signals_.begin(), signals_.end(), [](const Signal &a, const Signal &b) { return a.contribution > b.contribution; });
    g.reasons.clear();
    for (const Signal &s : signals_) {
        if (s.contribution < 0.05 || g.reasons.size() >= 4)
            break;
        g.reasons << s.text;
    }
}

Result<QVector<SenderGroup>> aggregateSenders(store::Database &db, const trends::Filter &f, GroupBy by,
                                              const std::atomic_bool *cancel)
{
    store::SenderReader reader(db);
    auto trusted = reader.trustedAuthservIds();
    if (!trusted)
        return trusted.error();
    QHash<QByteArray, Acc> groups;
    QByteArray key;
    bool stopped = false;
    const Status st = reader.forEach(f.selection(), [&](const store::EvidenceView &v) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        switch (by) {
        case GroupBy::Address: key = v.fromAddr.toByteArray().toLower(); break;
        case GroupBy::Domain: key = v.fromDomain.toByteArray(); break;
        case GroupBy::Network: key = v.originNet.toByteArray(); break;
        }
        if (key.isEmpty()) {
            if (by == GroupBy::Network)
                return true; // no external origin found: not an IP report's row
            key = "(none)";
        }
        Acc &a = groups[key];
        SenderGroup &g = a.g;
        if (g.messages == 0 || v.receivedUtc < g.firstUtc)
            g.firstUtc = v.receivedUtc;
        if (g.messages == 0 || v.receivedUtc > g.lastUtc)
            g.lastUtc = v.receivedUtc;
        ++g.messages;
        switch (v.verdict) {
        case 0: ++g.ham; break;
        case 1: ++g.spam; break;
        case 2: ++g.unsure; break;
        default: break;
        }
        const auto t = trusted->constFind(v.accountId);
        if (t != trusted->cend() && !v.authservId.isNull() && v.authservId == t->toUtf8() &&
            (!v.spf.isEmpty() || !v.dkim.isEmpty() || !v.dmarc.isEmpty())) {
            ++g.authChecked;
            g.spfFail += isFail(v.spf) ? 1 : 0;
            g.dkimFail += v.dkim == "fail" ? 1 : 0;
            g.dmarcFail += v.dmarc == "fail" ? 1 : 0;
        }
        for (int k = 0; k < int(EvidenceId::Count); ++k)
            if (v.flags & (qint64(1) << k))
                ++g.evidence[size_t(k)];
        if (!v.originNet.isEmpty() && a.nets.size() < 100000)
            a.nets.insert(v.originNet.toByteArray());
        if (!v.originIp.isEmpty() && a.ips.size() < 100000)
            a.ips.insert(v.originIp.toByteArray());
        return true;
    });
    if (!st)
        return st.error();
    if (stopped)
        return cancelled();
    auto listings = listedAddresses(db);
    if (!listings)
        return listings.error();
    QVector<SenderGroup> out;
    out.reserve(groups.size());
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        SenderGroup g = std::move(it->g);
        g.key = QString::fromUtf8(it.key());
        g.networks = it->nets.size();
        g.ips = it->ips.size();
        QSet<QString> lists;
        for (const QByteArray &ipBytes : it->ips) {
            const QString ip = QString::fromUtf8(ipBytes);
            if (g.originIps.size() < kMaxGroupIps)
                g.originIps << ip;
            if (listings->isEmpty())
                continue;
            QString canonical = ip;
            if (QHostAddress a; a.setAddress(ip)) {
                bool v4 = false;
                const quint32 n = a.toIPv4Address(&v4);
                canonical = v4 ? QHostAddress(n).toString() : a.toString();
            }
            const auto l = listings->constFind(canonical);
            if (l == listings->cend())
                continue;
            g.listedArrival += l->arrivalLists.isEmpty() ? 0 : 1;
            g.listedNow += l->nowLists.isEmpty() ? 0 : 1;
            ++g.listed;
            for (const QString &id : l->nowLists + l->arrivalLists)
                lists.insert(id);
        }
        std::sort(g.originIps.begin(), g.originIps.end());
        for (const QString &id : lists) {
            auto list = listFor(id);
            const QString name = list ? list->name : id;
            if (!g.listedOn.contains(name))
                g.listedOn << name;
        }
        std::sort(g.listedOn.begin(), g.listedOn.end());
        scoreGroup(g, by);
        out << std::move(g);
    }
    std::sort(out.begin(), out.end(), [](const SenderGroup &a, const SenderGroup &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return a.key < b.key;
    });
    return out;
}

Result<QVector<qint64>> messagesOf(store::Database &db, const trends::Filter &f, GroupBy by, const QString &key, int limit,
                                   const std::atomic_bool *cancel)
{
    const QByteArray want = key == QLatin1String("(none)") ? QByteArray() : key.toUtf8();
    std::vector<std::pair<qint64, qint64>> hits; // (received, id)
    bool stopped = false;
    const Status st = store::SenderReader(db).forEach(f.selection(), [&](const store::EvidenceView &v) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        QByteArrayView k;
        switch (by) {
        case GroupBy::Address: k = v.fromAddr; break;
        case GroupBy::Domain: k = v.fromDomain; break;
        case GroupBy::Network: k = v.originNet; break;
        }
        const bool match = by == GroupBy::Address ? k.toByteArray().toLower() == want : k == want;
        if (match)
            hits.push_back({v.receivedUtc, v.messageId});
        return true;
    });
    if (!st)
        return st.error();
    if (stopped)
        return cancelled();
    std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a > b; });
    QVector<qint64> out;
    for (size_t i = 0; i < hits.size() && (limit < 0 || qsizetype(i) < limit); ++i)
        out << hits[i].second;
    return out;
}

Result<QVector<BotnetCampaign>> botnetCampaigns(store::Database &db, const trends::Filter &f, int minIps,
                                                const std::atomic_bool *cancel)
{
    struct CampAcc
    {
        BotnetCampaign c;
        QSet<QByteArray> ips, nets, senders;
        qint64 firstId = 0;
    };
    QHash<qint64, CampAcc> camps;
    store::SenderReader reader(db);
    bool stopped = false;
    const Status st = reader.forEach(f.selection(), [&](const store::EvidenceView &v) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        if (!v.fingerprint)
            return true;
        CampAcc &a = camps[v.fingerprint];
        BotnetCampaign &c = a.c;
        if (c.messages == 0 || v.messageId < a.firstId) {
            a.firstId = v.messageId;
            c.subject = QString::fromUtf8(v.subject);
        }
        if (c.messages == 0 || v.receivedUtc < c.firstUtc)
            c.firstUtc = v.receivedUtc;
        if (c.messages == 0 || v.receivedUtc > c.lastUtc)
            c.lastUtc = v.receivedUtc;
        ++c.messages;
        c.spam += v.verdict == 1 ? 1 : 0;
        if (!v.originIp.isEmpty() && a.ips.size() < 100000)
            a.ips.insert(v.originIp.toByteArray());
        if (!v.originNet.isEmpty() && a.nets.size() < 100000)
            a.nets.insert(v.originNet.toByteArray());
        if (a.senders.size() < 100000)
            a.senders.insert(v.fromAddr.toByteArray().toLower());
        return true;
    });
    if (!st)
        return st.error();
    if (stopped)
        return cancelled();
    QVector<BotnetCampaign> out;
    for (auto it = camps.begin(); it != camps.end(); ++it) {
        if (it->ips.size() < minIps)
            continue;
        BotnetCampaign c = std::move(it->c);
        c.fingerprint = it.key();
        c.ips = it->ips.size();
        c.networks = it->nets.size();
        c.senders = it->senders.size();
        out << std::move(c);
    }
    std::sort(out.begin(), out.end(), [](const BotnetCampaign &a, const BotnetCampaign &b) {
        if (a.ips != b.ips)
            return a.ips > b.ips;
        if (a.messages != b.messages)
            return a.messages > b.messages;
        return a.fingerprint < b.fingerprint;
    });
    return out;
}

trends::Table tableOf(const QVector<SenderGroup> &groups, GroupBy by, const trends::Filter &f, int limit)
{
    trends::Table t;
    t.kind = QStringLiteral("senders-") + toString(by);
    t.columns = {QStringLiteral("key"), QStringLiteral("messages"), QStringLiteral("spam"), QStringLiteral("ham"),
                 QStringLiteral("unsure"), QStringLiteral("spam_share"), QStringLiteral("first_seen"), QStringLiteral("last_seen"),
                 QStringLiteral("auth_checked"), QStringLiteral("spf_fail"), QStringLiteral("dkim_fail"),
                 QStringLiteral("dmarc_fail"), QStringLiteral("networks"), QStringLiteral("ips"), QStringLiteral("evidence"),
                 QStringLiteral("score"), QStringLiteral("reasons"), QStringLiteral("listed"), QStringLiteral("listed_arrival"),
                 QStringLiteral("listed_now"), QStringLiteral("listed_on")};
    const auto day = [&](qint64 utc) { return QDateTime::fromSecsSinceEpoch(utc, f.zone).date(); };
    for (qsizetype i = 0; i < groups.size() && (limit < 0 || i < limit); ++i) {
        const SenderGroup &g = groups[i];
        std::vector<std::pair<qint64, int>> ev;
        for (int k = 0; k < int(EvidenceId::Count); ++k)
            if (g.evidence[size_t(k)] > 0)
                ev.push_back({g.evidence[size_t(k)], k});
        std::stable_sort(ev.begin(), ev.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList evidence;
        for (const auto &[count, k] : ev)
            evidence << QStringLiteral("%1=%2").arg(idString(EvidenceId(k))).arg(count);
        t.rows.push_back({g.key, g.messages, g.spam, g.ham, g.unsure, std::round(g.spamShare() * 1000) / 1000,
                          day(g.firstUtc), day(g.lastUtc), g.authChecked, g.spfFail, g.dkimFail, g.dmarcFail, g.networks,
                          g.ips, evidence, std::round(g.score * 1000) / 1000, g.reasons, g.listed, g.listedArrival, g.listedNow,
                          g.listedOn});
    }
    t.notes << QCoreApplication::translate("Senders", "%1 groups; score 0..1 from spam share, authentication failures at your "
                                                      "server and sender evidence")
                   .arg(groups.size());
    return t;
}

trends::Table tableOf(const QVector<BotnetCampaign> &campaigns, const trends::Filter &f, int limit)
{
    trends::Table t;
    t.kind = QStringLiteral("senders-campaign");
    t.columns = {QStringLiteral("fingerprint"), QStringLiteral("subject"), QStringLiteral("messages"), QStringLiteral("spam"),
                 QStringLiteral("ips"), QStringLiteral("networks"), QStringLiteral("senders"), QStringLiteral("first_seen"),
                 QStringLiteral("last_seen")};
    const auto day = [&](qint64 utc) { return QDateTime::fromSecsSinceEpoch(utc, f.zone).date(); };
    for (qsizetype i = 0; i < campaigns.size() && (limit < 0 || i < limit); ++i) {
        const BotnetCampaign &c = campaigns[i];
        t.rows.push_back({QStringLiteral("%1").arg(quint64(c.fingerprint), 16, 16, QLatin1Char('0')), c.subject, c.messages,
                          c.spam, c.ips, c.networks, c.senders, day(c.firstUtc), day(c.lastUtc)});
    }
    t.notes << QCoreApplication::translate("Senders", "%1 campaigns: one subject/body fingerprint from several origin IPs").arg(campaigns.size());
    return t;
}

} // namespace mailtide::senders
