#include "EmptyState.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>

namespace {

const char *kLabelName = "emptyStateLabel";

// A grey, centred sentence over its parent that lets clicks through to the list beneath.
class EmptyStateLabel final : public QLabel
{
public:
    explicit EmptyStateLabel(QWidget *parent)
        : QLabel(parent)
    {
        setObjectName(QLatin1String(kLabelName));
        setAlignment(Qt::AlignCenter);
        setWordWrap(true);
        setTextFormat(Qt::PlainText);
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setForegroundRole(QPalette::PlaceholderText);
        setMargin(24);
        parent->installEventFilter(this);
        fitParent();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            fitParent();
        return QLabel::eventFilter(watched, event);
    }

private:
    void fitParent() { setGeometry(parentWidget()->rect()); }
};

EmptyStateLabel *labelOver(QWidget *widget)
{
    if (auto *label = widget->findChild<EmptyStateLabel *>(QLatin1String(kLabelName), Qt::FindDirectChildrenOnly))
        return label;
    return new EmptyStateLabel(widget);
}

} // namespace

namespace EmptyState {

void attach(QAbstractItemView *view, std::function<QString()> text)
{
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);
    // The label is the connections' receiver: it goes with the viewport, before a view's own model (a
    // QTableWidget's) is cleared on destruction.
    EmptyStateLabel *label = labelOver(view->viewport());
    const auto update = [label, model, text] {
        label->setText(model->rowCount() == 0 ? text() : QString());
        label->setVisible(!label->text().isEmpty());
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsInserted, label, update);
    QObject::connect(model, &QAbstractItemModel::rowsRemoved, label, update);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, label, update);
    update();
}

void show(QWidget *widget, const QString &text)
{
    EmptyStateLabel *label = labelOver(widget);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    label->raise();
}

QString shownOver(const QWidget *widget)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(widget);
    const QList<const QWidget *> targets { widget, view ? view->viewport() : nullptr };
    for (const QWidget *target : targets) {
        if (!target)
            continue;
        auto *label = target->findChild<QLabel *>(QLatin1String(kLabelName), Qt::FindDirectChildrenOnly);
        if (label && !label->isHidden())
            return label->text();
    }
    return {};
}

} // namespace EmptyState
