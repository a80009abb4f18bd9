#include "learnsetmodel.h"

#include "search/displaynames.h"

#include <QFont>

namespace {

// Level-up first, then machines, eggs, tutors and the rest by name.
int methodRank(const QString &method)
{
    static const QStringList order = { QStringLiteral("level-up"), QStringLiteral("machine"),
                                       QStringLiteral("egg"), QStringLiteral("tutor") };
    const qsizetype rank = order.indexOf(method);
    return rank < 0 ? int(order.size()) : int(rank);
}

QString methodText(const QString &method)
{
    if (method == QLatin1String("level-up"))
        return LearnsetModel::tr("Level");
    if (method == QLatin1String("machine"))
        return LearnsetModel::tr("TM");
    return DisplayNames::forTerm(method);
}

QVariant number(int value)
{
    return value < 0 ? QVariant(QStringLiteral("—")) : QVariant(value);
}

} // namespace

LearnsetModel::LearnsetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LearnsetModel::setMoves(const QList<LearnedMove> &moves)
{
    beginResetModel();
    m_rows.clear();
    m_rowsOfMove.clear();
    m_filled = 0;
    for (const LearnedMove &learned : moves) {
        m_rowsOfMove[learned.move].append(int(m_rows.size()));
        m_rows.append({ learned, {}, false, {}, {} });
    }
    endResetModel();
}

void LearnsetModel::clear()
{
    setMoves({});
}

template<typename Change>
void LearnsetModel::changeRows(const QString &move, int first, int last, Change change)
{
    for (int row : m_rowsOfMove.value(move)) {
        change(m_rows[row]);
        Q_EMIT dataChanged(index(row, first), index(row, last));
    }
}

void LearnsetModel::setMove(const MoveDetails &move)
{
    changeRows(move.name, Name, Pp, [this, &move](Row &row) {
        if (!row.known && row.error.isEmpty())
            ++m_filled;
        row.move = move;
        row.known = true;
        row.error.clear();
    });
}

void LearnsetModel::setMachine(const QString &move, const QString &label)
{
    changeRows(move, Level, Level, [&label](Row &row) {
        if (row.learned.method == QLatin1String("machine"))
            row.machine = label;
    });
}

void LearnsetModel::setMoveFailed(const QString &move, const QString &error)
{
    changeRows(move, Name, Pp, [this, &error](Row &row) {
        if (!row.known && row.error.isEmpty())
            ++m_filled;
        if (!row.known)
            row.error = error;
    });
}

int LearnsetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LearnsetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LearnsetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case FilledRole:
        return row.known || !row.error.isEmpty();
    case Qt::ToolTipRole:
        if (!row.error.isEmpty())
            return row.error;
        return row.known && index.column() == Name ? toolTip(row) : QVariant();
    case Qt::FontRole:
        if (index.column() == Name && row.known && DisplayNames::forMove(row.move).isFallback) {
            QFont english; // not in the display language: set apart, as the tooltip says
            english.setItalic(true);
            return english;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= Power || index.column() == Level
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
}

QVariant LearnsetModel::display(const Row &row, int column) const
{
    const bool waiting = !row.known;
    const QString pending = row.error.isEmpty() ? QStringLiteral("…") : QStringLiteral("?");
    switch (column) {
    case Method:
        return methodText(row.learned.method);
    case Level:
        if (row.learned.method == QLatin1String("level-up"))
            return row.learned.level > 0 ? QVariant(row.learned.level) : QVariant(tr("Evo."));
        if (row.learned.method == QLatin1String("machine"))
            return row.machine.isEmpty() ? QVariant(methodText(row.learned.method))
                                         : QVariant(row.machine);
        return methodText(row.learned.method); // the view shows this column, not Method

    case Name:
        return row.known ? DisplayNames::forMove(row.move).text
                         : DisplayNames::forTerm(row.learned.move);
    case Type:
        return waiting ? pending : DisplayNames::forType(row.move.type);
    case Category:
        return waiting ? pending : DisplayNames::forTerm(row.move.damageClass);
    case Power:
        return waiting ? QVariant(pending) : number(row.move.power);
    case Accuracy:
        return waiting ? QVariant(pending) : number(row.move.accuracy);
    case Pp:
        return waiting ? QVariant(pending) : number(row.move.pp);
    default:
        return {};
    }
}

QString LearnsetModel::toolTip(const Row &row) const
{
    const DisplayNames::Text name = DisplayNames::forMove(row.move);
    const DisplayNames::Text effect = DisplayNames::moveEffect(row.move);
    QString tip = name.text;
    if (name.isFallback)
        tip = tr("%1 (in English)").arg(tip);
    if (!effect.text.isEmpty())
        tip += u'\n' + (effect.isFallback ? tr("%1 (in English)").arg(effect.text) : effect.text);
    return tip;
}

QString LearnsetModel::sortKey(const Row &row, int column) const
{
    // Every key starts with the method, so a sort by any column keeps the groups together.
    const QString method
        = QStringLiteral("%1").arg(methodRank(row.learned.method), 2, 10, QLatin1Char('0'))
        + row.learned.method + u'|';
    const auto padded = [](int value) {
        return QStringLiteral("%1").arg(value + 1, 6, 10, QLatin1Char('0')); // -1 (none) first
    };
    switch (column) {
    case Method:
    case Level:
        if (row.learned.method == QLatin1String("machine"))
            return method + row.machine.left(2) + padded(row.machine.mid(2).toInt())
                + row.learned.move;
        return method + padded(row.learned.level) + row.learned.move;
    case Name:
        return method + row.learned.move;
    case Type:
        return method + row.move.type + u'|' + row.learned.move;
    case Category:
        return method + row.move.damageClass + u'|' + row.learned.move;
    case Power:
        return method + padded(row.move.power) + row.learned.move;
    case Accuracy:
        return method + padded(row.move.accuracy) + row.learned.move;
    case Pp:
        return method + padded(row.move.pp) + row.learned.move;
    default:
        return {};
    }
}

QVariant LearnsetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Method:
        return tr("How");
    case Level:
        return tr("Lv./TM");
    case Name:
        return tr("Move");
    case Type:
        return tr("Type");
    case Category:
        return tr("Category");
    case Power:
        return tr("Power");
    case Accuracy:
        return tr("Acc.");
    case Pp:
        return tr("PP");
    default:
        return {};
    }
}
