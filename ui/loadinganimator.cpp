#include "loadinganimator.h"

#include "search/pokemonlistmodel.h"

#include <QAbstractItemView>

namespace {

bool isLoading(const QModelIndex &index)
{
    return index.data(PokemonListModel::StateRole).value<PokemonListModel::State>()
        == PokemonListModel::State::Loading;
}

} // namespace

LoadingAnimator::LoadingAnimator(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
    m_timer.setInterval(33);
    connect(&m_timer, &QTimer::timeout, this, &LoadingAnimator::tick);
}

void LoadingAnimator::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &LoadingAnimator::rescan);
        connect(model, &QAbstractItemModel::layoutChanged, this, &LoadingAnimator::rescan);
        connect(model, &QAbstractItemModel::rowsInserted, this, &LoadingAnimator::rescan);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LoadingAnimator::rescan);
        connect(model, &QAbstractItemModel::rowsMoved, this, &LoadingAnimator::rescan);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    updateRows(topLeft.row(), bottomRight.row());
                });
    }
    rescan();
}

void LoadingAnimator::rescan()
{
    m_loadingRows.clear();
    if (m_model)
        updateRows(0, m_model->rowCount() - 1);
    else
        updateTimer();
}

void LoadingAnimator::updateRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        if (isLoading(m_model->index(row, 0)))
            m_loadingRows.insert(row);
        else
            m_loadingRows.remove(row);
    }
    updateTimer();
}

void LoadingAnimator::updateTimer()
{
    if (m_loadingRows.isEmpty())
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

void LoadingAnimator::tick()
{
    if (!m_model || !m_view->isVisible())
        return;
    QWidget *viewport = m_view->viewport();
    const QRect visible = viewport->rect();
    for (int row : std::as_const(m_loadingRows)) {
        const QRect rect = m_view->visualRect(m_model->index(row, 0));
        if (rect.intersects(visible))
            viewport->update(rect);
    }
}
