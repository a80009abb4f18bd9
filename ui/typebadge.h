#pragma once

#include <QWidget>

// A Pokémon type as a coloured pill ("Fire"), in the type's colour from TypePalette.
class TypeBadge : public QWidget
{
    Q_OBJECT
public:
    enum class Size { Normal, Small };
    explicit TypeBadge(const QString &type, Size size = Size::Normal, QWidget *parent = nullptr);

    // What a badge says: "fire" -> "Fire".
    static QString label(const QString &type);
    // The badge of `type` filling `pill`, its label in the painter's font; for views that
    // paint badges without a widget per badge (the cards).
    static void paint(QPainter *painter, const QRectF &pill, const QString &type);

    QString type() const { return m_type; }
    QString text() const { return m_text; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QFont badgeFont() const;

    QString m_type;
    QString m_text;
    Size m_size;
};
