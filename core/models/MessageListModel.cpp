#include "models/MessageListModel.h"

#include <QDateTime>
#include <QLocale>

namespace mailtide::models {

QString verdictText(int verdict)
{
    switch (verdict) {
    case int(store::Verdict::Spam): return MessageListModel::tr("Spam");
    case int(store::Verdict::Ham): return MessageListModel::tr("Not spam");
    case int(store::Verdict::Unsure): return MessageListModel::tr("Unsure");
    default: return {};
    }
}

MessageListModel::MessageListModel(QObject *parent) : QAbstractTableModel(parent)
{
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const store::MessageRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColReceived:
            // Shown in the user's zone; the store keeps UTC.
            return QDateTime::fromSecsSinceEpoch(r.receivedUtc).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case ColFrom: return r.fromName.isEmpty() ? r.fromAddr : r.fromName;
        case ColSubject: return r.subject.isEmpty() ? tr("(no subject)") : r.subject;
        case ColSize: return QLocale().formattedDataSize(r.size, 0);
        case ColVerdict: return verdictText(r.verdict);
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ColFrom)
            return r.fromName.isEmpty() ? r.fromAddr : QStringLiteral("%1 <%2>").arg(r.fromName, r.fromAddr);
        if (index.column() == ColSubject)
            return r.subject;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ColSize)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole: return r.id;
    case ReceivedUtcRole: return r.receivedUtc;
    case FromAddressRole: return r.fromAddr;
    case VerdictRole: return r.verdict;
    case ScoreRole: return r.score;
    case FlagsRole: return r.flags;
    case SizeRole: return r.size;
    default: return {};
    }
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ColReceived: return tr("Received");
    case ColFrom: return tr("From");
    case ColSubject: return tr("Subject");
    case ColSize: return tr("Size");
    case ColVerdict: return tr("Verdict");
    default: return {};
    }
}

store::MessageSort MessageListModel::sortFor(int column)
{
    switch (column) {
    case ColFrom: return store::MessageSort::From;
    case ColSubject: return store::MessageSort::Subject;
    case ColSize: return store::MessageSort::Size;
    case ColVerdict: return store::MessageSort::Verdict;
    default: return store::MessageSort::Received;
    }
}

void MessageListModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT sortRequested(sortFor(column), order == Qt::DescendingOrder);
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "messageId");
    names.insert(ReceivedUtcRole, "receivedUtc");
    names.insert(FromAddressRole, "fromAddress");
    names.insert(VerdictRole, "verdict");
    names.insert(ScoreRole, "score");
    names.insert(FlagsRole, "flags");
    names.insert(SizeRole, "size");
    return names;
}

void MessageListModel::setRows(store::MessageRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_maxId = 0;
    for (const auto &r : m_rows)
        m_maxId = std::max(m_maxId, r.id);
    endResetModel();
}

void MessageListModel::appendRows(const store::MessageRows &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    for (const auto &r : rows)
        m_maxId = std::max(m_maxId, r.id);
    endInsertRows();
}

void MessageListModel::clear()
{
    setRows({});
}

} // namespace mailtide::models
