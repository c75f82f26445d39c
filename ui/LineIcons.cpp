#include "LineIcons.h"

#include <QFile>
#include <QGuiApplication>
#include <QIconEngine>
#include <QPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>
#include <QWidget>

namespace {

// The colour of the text an icon stands beside: the widget's palette where the icon is painted on a widget, the
// application's otherwise.
QColor inkFor(const QPaintDevice *device, QIcon::Mode mode)
{
    const QWidget *widget
        = device && device->devType() == QInternal::Widget ? static_cast<const QWidget *>(device) : nullptr;
    const QPalette palette = widget ? widget->palette() : QGuiApplication::palette();
    QPalette::ColorGroup group = QPalette::Active;
    if (mode == QIcon::Disabled)
        group = QPalette::Disabled;
    else if (widget && !widget->isActiveWindow())
        group = QPalette::Inactive;
    return palette.color(group, mode == QIcon::Selected ? QPalette::HighlightedText : QPalette::Text);
}

class LineIconEngine final : public QIconEngine
{
public:
    explicit LineIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_svg;
        svg.replace("currentColor", inkFor(painter->device(), mode).name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new LineIconEngine(m_svg); }
    QString key() const override { return QStringLiteral("ClienteleLineIcon"); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QByteArray m_svg;
};

} // namespace

namespace LineIcons {

QIcon icon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/pages/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new LineIconEngine(file.readAll()));
}

} // namespace LineIcons
