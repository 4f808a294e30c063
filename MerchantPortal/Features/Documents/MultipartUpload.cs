using MerchantPortal.Infrastructure.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MerchantPortal.Features.Documents;

/// <summary>Reads the first file of a multipart request, stopping as soon as it passes the limit.</summary>
public sealed record MultipartUpload(string FileName, byte[]? Content, bool TooLarge)
{
    public static async Task<MultipartUpload> ReadFirstFileAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (await FirstFileAsync(request, cancellationToken) is not { } file)
        {
            return new MultipartUpload("", null, false);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await file.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return new MultipartUpload(file.Name, null, true);
            }

            buffer.Write(chunk, 0, read);
        }

        return new MultipartUpload(file.Name, buffer.Length == 0 ? null : buffer.ToArray(), false);
    }

    /// <summary>
    /// Streams the first file straight into <paramref name="target"/> (never into memory), cut off past the limit.
    /// </summary>
    /// <returns>The name the client gave and the bytes written (0 when there was no file), or null when too large.</returns>
    public static async Task<(string FileName, long Length)?> StreamFirstFileAsync(HttpRequest request, TemporaryFile target, long limit,
        CancellationToken cancellationToken)
    {
        if (await FirstFileAsync(request, cancellationToken) is not { } file)
        {
            return ("", 0);
        }

        return await DocumentStore.WriteAsync(file.Body, target, limit, cancellationToken) is { } length ? (file.Name, length) : null;
    }

    private static async Task<(string Name, Stream Body)?> FirstFileAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) && disposition.IsFileDisposition())
            {
                return (HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "",
                    section.Body);
            }
        }

        return null;
    }
}
