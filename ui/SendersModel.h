#pragma once
/** @short The rows of the sender report as a table model: one per sender address, domain or
 *  origin /24 (senders::SenderGroup), or one per botnet campaign (senders::BotnetCampaign).
 *
 * GUI thread, read-only, filled whole by setGroups()/setCampaigns() from a worker's answer. Shows
 * plain words (reasons, auth failures "SPF 2 · DMARC 1"); SortRole gives the number behind each
 * cell so a QSortFilterProxyModel sorts by value, KeyRole the row's key (the text filter's). */
#include "senders/Aggregate.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace mailtide::ui {

class SendersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum GroupColumn { ColKey, ColMessages, ColSpamShare, ColFirst, ColLast, ColAuth, ColNetworks, ColScore, ColReasons, GroupColumns };
    enum CampaignColumn { CColSubject, CColMessages, CColSpam, CColIps, CColNetworks, CColSenders, CColFirst, CColLast, CampaignColumns };
    enum Roles { SortRole = Qt::UserRole + 1, KeyRole };

    explicit SendersModel(QObject *parent = nullptr);

    void setGroups(QVector<senders::SenderGroup> groups, senders::GroupBy by, const QTimeZone &zone);
    void setCampaigns(QVector<senders::BotnetCampaign> campaigns, const QTimeZone &zone);
    void clear();

    bool isCampaigns() const { return m_campaignMode; }
    senders::GroupBy groupBy() const { return m_by; }
    const QVector<senders::SenderGroup> &groups() const { return m_groups; }
    const QVector<senders::BotnetCampaign> &campaigns() const { return m_campaigns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupData(const senders::SenderGroup &g, int column, int role) const;
    QVariant campaignData(const senders::BotnetCampaign &c, int column, int role) const;
    QString day(qint64 utc) const;

    bool m_campaignMode = false;
    senders::GroupBy m_by = senders::GroupBy::Domain;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QVector<senders::SenderGroup> m_groups;
    QVector<senders::BotnetCampaign> m_campaigns;
};

} // namespace mailtide::ui
