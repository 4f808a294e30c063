using System.Globalization;
using MerchantPortal.Features.GoLive;
using Microsoft.Extensions.Logging.Abstractions;

namespace MerchantPortal.Tests.Unit.Live;

public class CircuitBroadcastTests
{
    [Fact]
    public async Task EachSubscriber_IsCalledInItsOwnCulture_NotThePublishers()
    {
        var broadcast = new GoLiveProgress(NullLogger<GoLiveProgress>.Instance);
        var heard = new TaskCompletionSource<(string, string)>();
        using (new Support.CultureScope("zh-CN"))
        {
            broadcast.Changed += _ =>
            {
                heard.SetResult((CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name));
                return Task.CompletedTask;
            };
        }

        using (new Support.CultureScope("en"))
        {
            // A background job publishes, in whatever culture it runs.
            await Task.Run(() => broadcast.Publish(Guid.NewGuid()));
        }

        Assert.Equal(("zh-CN", "zh-CN"), await heard.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void AnUnsubscribedHandler_IsNotCalled()
    {
        var broadcast = new GoLiveProgress(NullLogger<GoLiveProgress>.Instance);
        var calls = 0;
        Func<Guid, Task> handler = _ =>
        {
            calls++;
            return Task.CompletedTask;
        };
        broadcast.Changed += handler;
        broadcast.Changed -= handler;

        broadcast.Publish(Guid.NewGuid());

        Assert.Equal(0, calls);
    }
}
