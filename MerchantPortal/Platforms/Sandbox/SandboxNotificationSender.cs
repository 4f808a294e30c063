using System.Text;

namespace MerchantPortal.Platforms.Sandbox;

/// <summary>
/// Posts one notification to a merchant's server through the guarded client (<see cref="SandboxServices"/>): no
/// redirects, a slow server given up on after <see cref="Timeout"/>, at most <see cref="MaxResponseBytes"/> of an
/// answer read. Used by the outbox and by the go-live checks of a merchant's notify URL.
/// </summary>
public sealed class SandboxNotificationSender(IHttpClientFactory http)
{
    public const string HttpClientName = "sandbox-callbacks";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    public const int MaxResponseBytes = 4096;

    /// <summary>What the server answered, or why there was no answer.</summary>
    /// <param name="Status">Null when no answer came.</param>
    /// <param name="Failure">Why no answer came: the address refused by the guard, a connection error, the timeout.</param>
    public sealed record Answer(int? Status, string Body, string? Failure)
    {
        public string Describe() => Status is { } status ? $"HTTP {status}: {Body}" : Failure!;
    }

    public async Task<Answer> PostAsync(string url, string contentType, string body, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return new Answer((int)response.StatusCode, await ReadLimitedAsync(response.Content, timeout.Token), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Answer(null, "", $"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new Answer(null, "", $"unreachable: {e.GetBaseException().Message}");
        }
    }

    private static async Task<string> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxResponseBytes];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
        {
            total += read;
        }

        return Encoding.UTF8.GetString(buffer, 0, total);
    }
}
