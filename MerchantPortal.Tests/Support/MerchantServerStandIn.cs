using System.Collections.Concurrent;
using System.Net;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// Answers the sandbox's notifications in place of a merchant's server: records each one and replies with the
/// body the test chooses (Alipay's acknowledgement is <c>success</c>).
/// </summary>
public sealed class MerchantServerStandIn : HttpMessageHandler
{
    public ConcurrentQueue<(Uri Url, string ContentType, string Body)> Received { get; } = new();

    public string Reply { get; set; } = "success";

    public async Task<(Uri Url, string ContentType, string Body)> WaitForAsync(int count)
    {
        for (var i = 0; i < 100 && Received.Count < count; i++)
        {
            await Task.Delay(100);
        }

        return Received.Count >= count ? Received.ElementAt(count - 1) : throw new TimeoutException($"Only {Received.Count} notifications arrived, {count} expected.");
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Received.Enqueue((request.RequestUri!, request.Content!.Headers.ContentType!.ToString(), await request.Content.ReadAsStringAsync(cancellationToken)));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Reply) };
    }
}
