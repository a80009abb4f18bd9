#include "detailhost.h"

#include "detailpane.h"

#include <QLinearGradient>
#include <QPainter>
#include <QSplitter>
#include <QVBoxLayout>

namespace {

constexpr int ShadowWidth = 14;
constexpr int MinimumGridShown = 48; // of the grid beside the pane over it, to click back to

// The soft edge the pane over the grid casts on it, so the two read as layers.
class DrawerShadow : public QWidget
{
public:
    explicit DrawerShadow(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QLinearGradient gradient(rect().topLeft(), rect().topRight());
        gradient.setColorAt(0, QColor(0, 0, 0, 0));
        gradient.setColorAt(1, QColor(0, 0, 0, 60));
        painter.fillRect(rect(), gradient);
    }
};

} // namespace

DetailHost::DetailHost(QWidget *grid, DetailPane *pane, QWidget *parent)
    : QWidget(parent)
    , m_grid(grid)
    , m_pane(pane)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_shadow(new DrawerShadow(this))
{
    // The grid keeps reflowing beside the pane; neither side can be squeezed to nothing.
    m_splitter->addWidget(grid);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    pane->hide();
    m_shadow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void DetailHost::openPane()
{
    const bool changed = !m_open;
    m_open = true;
    m_pane->show();
    if (m_overlay) {
        placeOverlay();
        m_shadow->show();
    }
    if (changed)
        Q_EMIT paneOpenChanged(true);
}

void DetailHost::closePane()
{
    if (!m_open)
        return;
    m_open = false;
    m_pane->hide();
    m_shadow->hide();
    Q_EMIT paneOpenChanged(false);
}

QByteArray DetailHost::saveState() const
{
    return m_overlay ? m_splitterState : m_splitter->saveState();
}

void DetailHost::restoreState(const QByteArray &state)
{
    if (m_overlay)
        m_splitterState = state;
    else
        m_splitter->restoreState(state);
}

void DetailHost::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateMode();
    if (m_overlay)
        placeOverlay();
}

void DetailHost::updateMode()
{
    const bool overlay = width() < OverlayBelowWidth;
    if (overlay == m_overlay)
        return;
    m_overlay = overlay;
    if (overlay) {
        m_splitterState = m_splitter->saveState();
        m_pane->setParent(this); // out of the splitter, which gives the grid all the room
        m_pane->setVisible(m_open);
        m_shadow->setVisible(m_open);
    } else {
        m_shadow->hide();
        m_splitter->addWidget(m_pane);
        m_splitter->setStretchFactor(1, 0);
        m_splitter->restoreState(m_splitterState);
        m_pane->setVisible(m_open);
    }
}

void DetailHost::placeOverlay()
{
    const int wanted = qMax(m_pane->minimumWidth(), m_pane->sizeHint().width());
    const int w
        = qMax(qMin(wanted, width() - MinimumGridShown), qMin(width(), m_pane->minimumWidth()));
    m_pane->setGeometry(width() - w, 0, w, height());
    m_shadow->setGeometry(width() - w - ShadowWidth, 0, ShadowWidth, height());
    m_shadow->raise();
    m_pane->raise();
}
