#pragma once
// ElidedLabel: one line of plain text that gives way first when space is
// short: cut with "…" at the end to the width it gets (it asks for none),
// all of it in its tooltip. For status lines and explanations beside
// controls; the text may name files, so it is never taken for markup.

#include <QLabel>

namespace tempscope::gui {

class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The whole text: shown cut to the width, and as the tooltip.
    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace tempscope::gui
