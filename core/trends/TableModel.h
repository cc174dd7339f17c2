#pragma once
/** @short A trends::Table as a read-only item model (STYLE 6): what a chart, its hover text and
 *  the table beside it read. One row per table row, one column per table column.
 *
 * Lives on the GUI thread; it holds a copy of a Table computed on a worker (setTable() swaps it
 * in with a model reset). Qt::DisplayRole gives the raw value (numbers stay numbers, so Qt
 * Charts' model mappers can read it); the roles below give the rest. */
#include "trends/Table.h"

#include <QAbstractTableModel>

namespace mailtide::trends {

class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ValueRole = Qt::UserRole + 1, ///< QVariant: qint64, int, double, QString, QDate or QStringList
        TextRole,                     ///< QString as in the CSV (shares with 4 decimals, dates ISO)
        ColumnKeyRole,                ///< QString: the column's key ("spam", "spam_share"...)
    };
    Q_ENUM(Roles)

    explicit TableModel(QObject *parent = nullptr);

    void setTable(Table table, Filter filter);
    const Table &table() const { return m_table; }
    const Filter &filter() const { return m_filter; }
    /** The column's index by key, or -1. */
    int column(const QString &key) const { return int(m_table.columns.indexOf(key)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Table m_table;
    Filter m_filter;
};

} // namespace mailtide::trends
