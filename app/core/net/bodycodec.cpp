#include "net/bodycodec.h"

#include <memory>
#include <zstd.h>

namespace {
// One context per thread, kept: creating one allocates a few hundred KB of workspace, which
// for every cached Pokémon read was fresh pages to fault in.
ZSTD_CCtx *compressionContext()
{
    thread_local const std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(
        ZSTD_createCCtx(), ZSTD_freeCCtx);
    return context.get();
}

ZSTD_DCtx *decompressionContext()
{
    thread_local const std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(
        ZSTD_createDCtx(), ZSTD_freeDCtx);
    return context.get();
}
} // namespace

namespace BodyCodec {

QByteArray compress(const QByteArray &body)
{
    ZSTD_CCtx *context = compressionContext();
    // With a checksum, a flipped bit anywhere is noticed when the body is read back.
    if (!context || ZSTD_isError(ZSTD_CCtx_reset(context, ZSTD_reset_session_and_parameters))
        || ZSTD_isError(ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1)))
        return {};
    QByteArray out(qsizetype(ZSTD_compressBound(size_t(body.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress2(context, out.data(), size_t(out.size()), body.constData(),
                                       size_t(body.size()));
    if (ZSTD_isError(size))
        return {};
    out.truncate(qsizetype(size));
    return out;
}

std::optional<QByteArray> decompress(const QByteArray &compressed, qint64 maxSize)
{
    const unsigned long long size
        = ZSTD_getFrameContentSize(compressed.constData(), size_t(compressed.size()));
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR
        || size > static_cast<unsigned long long>(qMax<qint64>(0, maxSize)))
        return std::nullopt;
    ZSTD_DCtx *context = decompressionContext();
    if (!context)
        return std::nullopt;
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t got = ZSTD_decompressDCtx(context, out.data(), size_t(out.size()),
                                           compressed.constData(), size_t(compressed.size()));
    if (ZSTD_isError(got) || got != size)
        return std::nullopt;
    return out;
}

} // namespace BodyCodec
