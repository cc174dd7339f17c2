#include "trends/TableModel.h"

namespace mailtide::trends {

TableModel::TableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void TableModel::setTable(Table table, Filter filter)
{
    beginResetModel();
    m_table = std::move(table);
    m_filter = std::move(filter);
    endResetModel();
}

int TableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int TableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant TableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantList &row = m_table.rows.at(index.row());
    const QVariant v = index.column() < row.size() ? row.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case ValueRole: return v;
    case TextRole: return cellText(v);
    case ColumnKeyRole: return m_table.columns.at(index.column());
    case Qt::TextAlignmentRole:
        return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                   : QVariant();
    default: return {};
    }
}

QVariant TableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == ColumnKeyRole) && section >= 0
        && section < m_table.columns.size())
        return m_table.columns.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> TableModel::roleNames() const
{
    auto r = QAbstractTableModel::roleNames();
    r.insert(ValueRole, "value");
    r.insert(TextRole, "text");
    r.insert(ColumnKeyRole, "columnKey");
    return r;
}

} // namespace mailtide::trends
