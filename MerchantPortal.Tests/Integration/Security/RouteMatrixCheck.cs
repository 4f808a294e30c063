namespace MerchantPortal.Tests.Integration.Security;

/// <summary>Asks every discovered route as every actor and compares the answers with the declared rows.</summary>
public static class RouteMatrixCheck
{
    public static async Task<MatrixReport> RunAsync(
        MatrixWorld world, IReadOnlyList<DiscoveredRoute> routes, IReadOnlyList<RouteRule> rules)
    {
        var declared = rules.DistinctBy(rule => rule.Key).ToDictionary(rule => rule.Key);
        var rowProblems = RowProblems(rules, routes.Select(route => route.Key).ToHashSet());

        // One actor's requests in order, the actors side by side: each has its own session, none changes another's.
        var answers = new Observed[routes.Count, world.Clients.Count];
        await Task.WhenAll(world.Clients.Select(async client =>
        {
            for (var i = 0; i < routes.Count; i++)
            {
                var rule = declared.GetValueOrDefault(routes[i].Key);
                answers[i, (int)client.Actor] = await RouteProbe.AskAsync(
                    client, routes[i].Method, world.RequestFor(routes[i], rule), rule?.SendsAntiforgeryToken ?? true);
            }
        }));

        var undeclared = new List<UndeclaredRoute>();
        var mismatches = new List<MatrixMismatch>();
        for (var i = 0; i < routes.Count; i++)
        {
            var row = Enumerable.Range(0, world.Clients.Count).Select(actor => answers[i, actor]).ToList();
            if (!declared.TryGetValue(routes[i].Key, out var rule))
            {
                undeclared.Add(new UndeclaredRoute(routes[i].Key, row));
                continue;
            }

            var request = $"{routes[i].Method} {world.RequestFor(routes[i], rule)}";
            mismatches.AddRange(Enum.GetValues<MatrixActor>()
                .Where(actor => rule.Expected(actor) != Outcome.Any && rule.Expected(actor) != row[(int)actor].Outcome)
                .Select(actor => new MatrixMismatch(rule.Key, actor, request, rule.Expected(actor), row[(int)actor])));
        }

        return new MatrixReport(routes.Count, world.Clients.Count, undeclared, rowProblems, mismatches);
    }

    /// <summary>Rows that match no route, rows declared twice, and "Any" without a reason.</summary>
    private static List<string> RowProblems(IReadOnlyList<RouteRule> rules, HashSet<string> served) =>
    [
        .. rules.Where(rule => !served.Contains(rule.Key))
            .Select(rule => $"{rule.Key}: no such route (remove the row)"),
        .. rules.GroupBy(rule => rule.Key).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: declared {g.Count()} times"),
        .. rules.Where(rule => rule.Why is null)
            .Where(rule => Enum.GetValues<MatrixActor>().Any(actor => rule.Expected(actor) == Outcome.Any))
            .Select(rule => $"{rule.Key}: Any without a reason"),
    ];
}
