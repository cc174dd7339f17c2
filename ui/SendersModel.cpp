#include "SendersModel.h"

#include <QDateTime>
#include <QLocale>

namespace mailtide::ui {

SendersModel::SendersModel(QObject *parent) : QAbstractTableModel(parent) {}

void SendersModel::setGroups(QVector<senders::SenderGroup> groups, senders::GroupBy by, const QTimeZone &zone)
{
    beginResetModel();
    m_campaignMode = false;
    m_by = by;
    m_zone = zone;
    m_groups = std::move(groups);
    m_campaigns.clear();
    endResetModel();
}

void SendersModel::setCampaigns(QVector<senders::BotnetCampaign> campaigns, const QTimeZone &zone)
{
    beginResetModel();
    m_campaignMode = true;
    m_zone = zone;
    m_campaigns = std::move(campaigns);
    m_groups.clear();
    endResetModel();
}

void SendersModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_campaigns.clear();
    endResetModel();
}

int SendersModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_campaignMode ? m_campaigns.size() : m_groups.size());
}

int SendersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_campaignMode ? int(CampaignColumns) : int(GroupColumns);
}

QString SendersModel::day(qint64 utc) const
{
    return utc > 0 ? QDateTime::fromSecsSinceEpoch(utc, m_zone).date().toString(Qt::ISODate) : QString();
}

QVariant SendersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    return m_campaignMode ? campaignData(m_campaigns.at(index.row()), index.column(), role)
                          : groupData(m_groups.at(index.row()), index.column(), role);
}

QVariant SendersModel::groupData(const senders::SenderGroup &g, int column, int role) const
{
    const QLocale loc;
    if (role == KeyRole)
        return g.key;
    if (role == Qt::TextAlignmentRole)
        return column == ColKey || column == ColReasons || column == ColAuth ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    const qint64 authFails = g.spfFail + g.dkimFail + g.dmarcFail;
    if (role == SortRole) {
        switch (column) {
        case ColKey: return g.key.toLower();
        case ColMessages: return g.messages;
        case ColSpamShare: return g.spamShare();
        case ColFirst: return g.firstUtc;
        case ColLast: return g.lastUtc;
        case ColAuth: return authFails;
        case ColNetworks: return g.networks;
        case ColScore: return g.score;
        case ColReasons: return g.reasons.join(QStringLiteral("; "));
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ColReasons:
        case ColScore:
        {
            if (g.reasons.isEmpty())
                return tr("Nothing suspicious found (score %1)").arg(loc.toString(g.score, 'f', 2));
            QString html = tr("Score %1:").arg(loc.toString(g.score, 'f', 2)) + QStringLiteral("<ul>");
            for (const QString &r : g.reasons)
                html += QStringLiteral("<li>%1</li>").arg(r.toHtmlEscaped());
            return QString(html + QStringLiteral("</ul>"));
        }
        case ColAuth:
            return tr("Among %1 messages with results from your own server: SPF failed %2, DKIM failed %3, DMARC failed %4")
                .arg(loc.toString(g.authChecked), loc.toString(g.spfFail), loc.toString(g.dkimFail), loc.toString(g.dmarcFail));
        case ColSpamShare:
            return tr("%1 spam, %2 ham, %3 unsure").arg(loc.toString(g.spam), loc.toString(g.ham), loc.toString(g.unsure));
        case ColNetworks:
            return tr("%1 distinct origin IPs in %2 networks (/24)").arg(loc.toString(g.ips), loc.toString(g.networks));
        case ColKey: return g.key;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ColKey: return g.key;
    case ColMessages: return loc.toString(g.messages);
    case ColSpamShare: return g.spam + g.ham + g.unsure > 0 ? loc.toString(100.0 * g.spamShare(), 'f', 0) + QLatin1Char('%') : QStringLiteral("–");
    case ColFirst: return day(g.firstUtc);
    case ColLast: return day(g.lastUtc);
    case ColAuth: {
        if (g.authChecked == 0)
            return tr("not checked");
        QStringList parts;
        if (g.spfFail)
            parts << tr("SPF %1").arg(g.spfFail);
        if (g.dkimFail)
            parts << tr("DKIM %1").arg(g.dkimFail);
        if (g.dmarcFail)
            parts << tr("DMARC %1").arg(g.dmarcFail);
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · "));
    }
    case ColNetworks: return loc.toString(g.networks);
    case ColScore: return loc.toString(g.score, 'f', 2);
    case ColReasons: return g.reasons.isEmpty() ? QString() : g.reasons.join(QStringLiteral("; "));
    }
    return {};
}

QVariant SendersModel::campaignData(const senders::BotnetCampaign &c, int column, int role) const
{
    const QLocale loc;
    if (role == KeyRole)
        return c.subject;
    if (role == Qt::TextAlignmentRole)
        return column == CColSubject ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter)) : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && column == CColSubject)
        return tr("%1\nfingerprint %2").arg(c.subject, QString::number(quint64(c.fingerprint), 16));
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    auto num = [&](qint64 v) { return sort ? QVariant(v) : QVariant(loc.toString(v)); };
    switch (column) {
    case CColSubject: return sort ? QVariant(c.subject.toLower()) : QVariant(c.subject);
    case CColMessages: return num(c.messages);
    case CColSpam: return num(c.spam);
    case CColIps: return num(c.ips);
    case CColNetworks: return num(c.networks);
    case CColSenders: return num(c.senders);
    case CColFirst: return sort ? QVariant(c.firstUtc) : QVariant(day(c.firstUtc));
    case CColLast: return sort ? QVariant(c.lastUtc) : QVariant(day(c.lastUtc));
    }
    return {};
}

QVariant SendersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_campaignMode) {
        switch (section) {
        case CColSubject: return tr("Subject");
        case CColMessages: return tr("Messages");
        case CColSpam: return tr("Spam");
        case CColIps: return tr("Origin IPs");
        case CColNetworks: return tr("Networks");
        case CColSenders: return tr("Senders");
        case CColFirst: return tr("First seen");
        case CColLast: return tr("Last seen");
        }
        return {};
    }
    switch (section) {
    case ColKey:
        return m_by == senders::GroupBy::Address ? tr("Sender address") : m_by == senders::GroupBy::Domain ? tr("Domain") : tr("Origin network");
    case ColMessages: return tr("Messages");
    case ColSpamShare: return tr("Spam");
    case ColFirst: return tr("First seen");
    case ColLast: return tr("Last seen");
    case ColAuth: return tr("Auth failures");
    case ColNetworks: return tr("Networks");
    case ColScore: return tr("Score");
    case ColReasons: return tr("Why suspicious");
    }
    return {};
}

} // namespace mailtide::ui
