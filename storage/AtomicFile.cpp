#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace novamind::AtomicFile {

namespace {

Error ioError(int err, const QString &path)
{
    const QString detail = path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT)
        return {ErrorCode::Io,
                QCoreApplication::translate("AtomicFile", "The disk is full; %1 was left unchanged.").arg(path),
                detail};
    if (err == EACCES || err == EPERM || err == EROFS)
        return {
            ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "No permission to write %1; it was left unchanged.").arg(path),
            detail};
    return {ErrorCode::Io,
            QCoreApplication::translate("AtomicFile", "Could not write %1; it was left unchanged.").arg(path), detail};
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

Status write(const QString &path, const QByteArray &contents)
{
    const QByteArray target = QFile::encodeName(path);
    QByteArray tmpl = target + ".tmp-XXXXXX";
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC); // mkstemp creates with mode 0600
    if (fd < 0)
        return ioError(errno, path);

    auto fail = [&](int err) {
        ::close(fd);
        ::unlink(tmpl.constData());
        return ioError(err, path);
    };
    if (!writeAll(fd, contents.constData(), contents.size()))
        return fail(errno);
    if (::fsync(fd) != 0)
        return fail(errno);
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return ioError(err, path);
    }
    if (::rename(tmpl.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(tmpl.constData());
        return ioError(err, path);
    }
    // Make the rename itself durable.
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd);
        ::close(dfd);
    }
    return {};
}

} // namespace novamind::AtomicFile
