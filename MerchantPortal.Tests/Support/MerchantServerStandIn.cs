using System.Collections.Concurrent;
using System.Net;

namespace MerchantPortal.Tests.Support;

/// <summary>
/// Answers the sandbox's notifications in place of a merchant's server: records each one and replies with the
/// body the test chooses (Alipay's acknowledgement is <c>success</c>).
/// </summary>
public sealed class MerchantServerStandIn : HttpMessageHandler
{
    public ConcurrentQueue<Received> Received { get; } = new();

    public string Reply { get; set; } = "success";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Received.Enqueue(new Received(request.RequestUri!, request.Content!.Headers.ContentType!.ToString(), await request.Content.ReadAsStringAsync(cancellationToken),
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase)));
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Reply) };
    }
}
