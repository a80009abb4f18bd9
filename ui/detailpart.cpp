#include "detailpart.h"

#include "focusring.h"
#include "palettecolors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVariantAnimation>

using namespace PaletteColors;

namespace {
constexpr int BarHeight = 12;
constexpr int BarGap = 9;

// Retry, drawn flat like a link, with the focus ring the other pane controls have.
class RetryButton : public QPushButton
{
public:
    RetryButton(const QString &text, QWidget *parent)
        : QPushButton(text, parent)
    {
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPushButton::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(this);
        QPainterPath ring;
        ring.addRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
        FocusRing::draw(&p, ring, palette());
    }
};

} // namespace

SkeletonLines::SkeletonLines(int lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(qMax(1, lines))
    , m_pulse(new QVariantAnimation(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_pulse->setStartValue(0.0);
    m_pulse->setKeyValueAt(0.5, 1.0);
    m_pulse->setEndValue(0.0);
    m_pulse->setDuration(1400);
    m_pulse->setLoopCount(-1);
    connect(m_pulse, &QVariantAnimation::valueChanged, this, [this] { update(); });
}

QSize SkeletonLines::sizeHint() const
{
    return { 200, m_lines * BarHeight + (m_lines - 1) * BarGap + 4 };
}

bool SkeletonLines::isPulsing() const
{
    return m_pulse->state() == QAbstractAnimation::Running;
}

void SkeletonLines::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const qreal t = m_pulse->currentValue().toReal();
    const QColor bar = mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.07 + 0.05 * t);
    painter.setPen(Qt::NoPen);
    painter.setBrush(bar);
    // Ragged widths read as text rather than as a progress bar.
    static constexpr qreal Widths[] = { 0.94, 0.86, 0.97, 0.62 };
    for (int i = 0; i < m_lines; ++i) {
        const qreal share = i == m_lines - 1 && m_lines > 1 ? 0.55 : Widths[i % 4];
        const QRectF r(0, 2 + i * (BarHeight + BarGap), width() * share, BarHeight);
        painter.drawRoundedRect(r, BarHeight / 2.0, BarHeight / 2.0);
    }
}

void SkeletonLines::showEvent(QShowEvent *event)
{
    m_pulse->start();
    QWidget::showEvent(event);
}

void SkeletonLines::hideEvent(QHideEvent *event)
{
    m_pulse->stop();
    QWidget::hideEvent(event);
}

DetailPart::DetailPart(const QString &what, QWidget *content, int skeletonLines, QWidget *parent)
    : QWidget(parent)
    , m_what(what)
    , m_content(content)
    , m_skeleton(new SkeletonLines(skeletonLines, this))
    , m_errorRow(new QWidget(this))
    , m_error(new QLabel(m_errorRow))
    , m_retry(new RetryButton(tr("Retry"), m_errorRow))
{
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    setTextColor(m_error, warning(palette()));

    // A link-like button: a Retry link that the keyboard reaches too.
    m_retry->setFlat(true);
    m_retry->setCursor(Qt::PointingHandCursor);
    QPalette retryPalette = m_retry->palette();
    retryPalette.setColor(QPalette::ButtonText, retryPalette.color(QPalette::Link));
    m_retry->setPalette(retryPalette);
    QFont retryFont = m_retry->font();
    retryFont.setWeight(QFont::DemiBold);
    m_retry->setFont(retryFont);
    m_retry->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_retry, &QPushButton::clicked, this, &DetailPart::retryRequested);

    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->setSpacing(6);
    errorLayout->addWidget(m_error, 1);
    errorLayout->addWidget(m_retry, 0, Qt::AlignVCenter);

    content->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_skeleton);
    layout->addWidget(m_content);
    layout->addWidget(m_errorRow);
    setLoading();
}

QString DetailPart::errorText() const
{
    return m_state == State::Failed ? m_error->text() : QString();
}

void DetailPart::holdFocus()
{
    // Hiding the focused Retry or content (an evolution member just clicked) would send
    // focus on along the chain, as far as the search box: the part keeps it instead, until
    // Retry or the content can take it back.
    const QWidget *focused = QApplication::focusWidget();
    if (focused && focused != this && isAncestorOf(focused))
        setFocus(Qt::OtherFocusReason);
}

void DetailPart::setLoading()
{
    m_state = State::Loading;
    holdFocus();
    m_content->hide();
    m_errorRow->hide();
    m_skeleton->show();
}

void DetailPart::setReady()
{
    m_state = State::Ready;
    holdFocus();
    m_skeleton->hide();
    m_errorRow->hide();
    m_content->show();
    if (hasFocus() && m_content->focusPolicy() != Qt::NoFocus)
        m_content->setFocus(Qt::OtherFocusReason);
}

void DetailPart::setFailed(const QString &error)
{
    m_state = State::Failed;
    m_error->setText(error.isEmpty() ? tr("Could not load %1.").arg(m_what)
                                     : tr("Could not load %1: %2").arg(m_what, error));
    holdFocus();
    m_skeleton->hide();
    m_content->hide();
    m_errorRow->show();
    if (hasFocus())
        m_retry->setFocus(Qt::OtherFocusReason);
}
