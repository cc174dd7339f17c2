#pragma once
/** @short The message list: one row per stored message, columns date / from / subject / size /
 *  verdict.
 *
 * Lives on the GUI thread and never touches the database: rows arrive as values from a
 * StoreReader on a worker (setRows for a new query, appendRows as an import adds messages), so
 * 100,000 rows cost one vector, and new mail costs an insert, not a reload. Sorting is done by
 * the store: sort() emits sortRequested and the owner reloads. */
#include "store/Types.h"

#include <QAbstractTableModel>

namespace mailtide::models {

class MessageListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ColReceived, ColFrom, ColSubject, ColSize, ColVerdict, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ReceivedUtcRole,
        FromAddressRole,
        VerdictRole, ///< int: -1 unclassified, else store::Verdict
        ScoreRole,
        FlagsRole,
        SizeRole,
    };

    explicit MessageListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(store::MessageRows rows);
    void appendRows(const store::MessageRows &rows);
    void clear();
    qint64 maxId() const { return m_maxId; }
    const store::MessageRow &rowAt(int row) const { return m_rows.at(row); }

    static store::MessageSort sortFor(int column);

Q_SIGNALS:
    void sortRequested(store::MessageSort sort, bool descending);

private:
    store::MessageRows m_rows;
    qint64 m_maxId = 0;
};

/** Short words for a verdict (translated): "Spam", "Not spam", "Unsure", "" when unclassified. */
QString verdictText(int verdict);

} // namespace mailtide::models
