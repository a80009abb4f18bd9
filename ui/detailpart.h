#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVariantAnimation;

// Grey bars standing in for text that is on its way; they pulse gently while visible.
class SkeletonLines : public QWidget
{
    Q_OBJECT
public:
    explicit SkeletonLines(int lines, QWidget *parent = nullptr);
    QSize sizeHint() const override;
    bool isPulsing() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    int m_lines;
    QVariantAnimation *m_pulse;
};

// One part of the detail pane that arrives on its own: a skeleton while it loads, its
// content once it landed, or a short error with a Retry button when it failed — never an
// endless spinner.
class DetailPart : public QWidget
{
    Q_OBJECT
public:
    enum class State { Loading, Ready, Failed };
    Q_ENUM(State)

    // `what` names the part in the error: "Could not load the evolution chain: …".
    DetailPart(const QString &what, QWidget *content, int skeletonLines, QWidget *parent = nullptr);

    State state() const { return m_state; }
    QWidget *content() const { return m_content; }
    QString errorText() const;
    QPushButton *retryButton() const { return m_retry; }

    void setLoading();
    void setReady();
    void setFailed(const QString &error);

Q_SIGNALS:
    void retryRequested();

private:
    void holdFocus();

    QString m_what;
    QWidget *m_content;
    SkeletonLines *m_skeleton;
    QWidget *m_errorRow;
    QLabel *m_error;
    QPushButton *m_retry;
    State m_state = State::Loading;
};
