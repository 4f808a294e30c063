using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MerchantPortal.Features.Documents;

/// <summary>Reads the first file of a multipart request, stopping as soon as it passes the limit.</summary>
public sealed record MultipartUpload(string FileName, byte[]? Content, bool TooLarge)
{
    public static async Task<MultipartUpload> ReadFirstFileAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return new MultipartUpload("", null, false);
        }

        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await section.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return new MultipartUpload(name, null, true);
                }

                buffer.Write(chunk, 0, read);
            }

            return new MultipartUpload(name, buffer.Length == 0 ? null : buffer.ToArray(), false);
        }

        return new MultipartUpload("", null, false);
    }
}
