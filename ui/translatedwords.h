#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QString>
#include <functional>

// Words a widget sets once (menu titles, labels, placeholders, tooltips) that must follow the
// display language while the window is open: each is set at once and remembered with its
// source text (marked with QT_TR_NOOP / QT_TRANSLATE_NOOP, so lupdate finds it), and set
// again, translated anew, by retranslate() — which the widget's retranslate function calls on
// QEvent::LanguageChange. Words built from data (".arg()") are the widget's own to redo.
class TranslatedWords
{
public:
    // `context` is what lupdate files the words under: the class whose tr() they belong to.
    explicit TranslatedWords(const char *context)
        : m_context(context)
    {
    }

    enum class Case { AsWritten, Upper }; // Upper: QString::toUpper ("Größe" -> "GRÖSSE")

    // object->setter(translation of `source`), now and on every retranslate().
    template<typename Object, typename Base>
    void set(Object *object, void (Base::*setter)(const QString &), const char *source,
             Case letters = Case::AsWritten)
    {
        std::function<void()> apply
            = [guard = QPointer<Object>(object), setter, context = m_context, source, letters] {
                  if (!guard)
                      return;
                  const QString text = QCoreApplication::translate(context, source);
                  (guard.data()->*setter)(letters == Case::Upper ? text.toUpper() : text);
              };
        apply();
        m_words.append(std::move(apply));
    }

    void retranslate() const
    {
        for (const auto &apply : m_words)
            apply();
    }

private:
    const char *m_context;
    QList<std::function<void()>> m_words;
};
