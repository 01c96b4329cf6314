<?php
// The PHP side of the comparison: PHP's own SoapClient (non-WSDL, as ISPConfig's examples use it) against the URL the
// Java harness gives. Prints one line of key=value pairs; times are microtime(true) seconds since the epoch, so the
// harness can merge parallel processes onto one clock.
//
//   php soap-bench.php calls        URL N [T]  one client, one login, N x sites_web_domain_get(1) after a warm-up
//   php soap-bench.php cpu          URL N W    the same after W warm-up calls, with this process's CPU (getrusage)
//   php soap-bench.php per-task     URL N [T]  N tasks in this process, each: new client, login, call, logout
//   php soap-bench.php one-task     URL        one task (login, call, logout), as a cron script does it
//   php soap-bench.php decode       URL N      N x mail_user_get() on the large answer (after one warm-up call)
//   php soap-bench.php decode-local FILE N     the same without HTTP: __doRequest answers the bytes of FILE
// T: an epoch time to start measuring at, so parallel processes start together after their warm-ups.
// The credentials come from ISPCONFIG_USER / ISPCONFIG_PASSWORD (a canned server accepts any).

ini_set('memory_limit', '-1'); // the large answer needs more than the default 128M
ini_set('default_socket_timeout', '120');

function client(string $url): SoapClient
{
    return new SoapClient(null, [
        'location' => $url,
        'uri' => 'https://localhost/remote/',
        'trace' => 0,
        'keep_alive' => true,
        'exceptions' => true,
    ]);
}

/** SoapClient with the panel's answer in a file instead of on a server: SoapClient's decoding alone. */
class LocalClient extends SoapClient
{
    public string $body = '';

    public function __doRequest(string $request, string $location, string $action, int $version,
            bool $oneWay = false): ?string
    {
        return $this->body;
    }
}

function login(SoapClient $client): string
{
    return $client->login(getenv('ISPCONFIG_USER') ?: 'bench', getenv('ISPCONFIG_PASSWORD') ?: 'secret');
}

/** User plus system CPU of this whole process so far, in microseconds. */
function cpu_micros(): int
{
    $usage = getrusage();
    return $usage['ru_utime.tv_sec'] * 1000000 + $usage['ru_utime.tv_usec']
        + $usage['ru_stime.tv_sec'] * 1000000 + $usage['ru_stime.tv_usec'];
}

/** The peak resident set size of this process, in bytes (Linux: VmHWM). */
function peak_rss(): int
{
    preg_match('/^VmHWM:\s+(\d+) kB/m', file_get_contents('/proc/self/status'), $match);
    return (int) $match[1] * 1024;
}

function wait_for_start(?string $at): void
{
    if ($at !== null) {
        time_sleep_until((float) $at);
    }
}

function task(string $url): void
{
    $client = client($url);
    $session = login($client);
    $client->sites_web_domain_get($session, 1);
    $client->logout($session);
}

[$script, $mode, $url] = array_pad($argv, 3, null);
$n = (int) ($argv[3] ?? 1);
$startAt = $argv[4] ?? null;
if ($mode === null || $url === null) {
    fwrite(STDERR, "usage: php soap-bench.php calls|per-task|one-task|decode URL [N]\n");
    exit(2);
}

switch ($mode) {
    case 'calls':
        $client = client($url);
        $session = login($client);
        for ($i = 0; $i < min(200, $n); $i++) { // warm-up: connection and allocator
            $client->sites_web_domain_get($session, 1);
        }
        wait_for_start($startAt);
        $start = microtime(true);
        for ($i = 0; $i < $n; $i++) {
            $record = $client->sites_web_domain_get($session, 1);
        }
        $end = microtime(true);
        if (!is_array($record) || !isset($record['domain'])) {
            fwrite(STDERR, "unexpected answer\n");
            exit(1);
        }
        printf("calls=%d start=%.6f end=%.6f\n", $n, $start, $end);
        break;
    case 'cpu':
        $client = client($url);
        $session = login($client);
        $warmUp = (int) ($argv[4] ?? 2000);
        for ($i = 0; $i < $warmUp; $i++) {
            $client->sites_web_domain_get($session, 1);
        }
        $cpu = cpu_micros();
        $start = hrtime(true);
        for ($i = 0; $i < $n; $i++) {
            $record = $client->sites_web_domain_get($session, 1);
        }
        $wall = hrtime(true) - $start;
        $cpu = cpu_micros() - $cpu;
        if (!is_array($record) || !isset($record['domain'])) {
            fwrite(STDERR, "unexpected answer\n");
            exit(1);
        }
        printf("calls=%d cpu_ns=%d wall_ns=%d\n", $n, $cpu * 1000, $wall);
        break;
    case 'per-task':
        task($url); // warm-up
        wait_for_start($startAt);
        $start = microtime(true);
        for ($i = 0; $i < $n; $i++) {
            task($url);
        }
        $end = microtime(true);
        printf("calls=%d start=%.6f end=%.6f\n", $n, $start, $end);
        break;
    case 'one-task':
        task($url);
        print("calls=1\n");
        break;
    case 'decode':
        $client = client($url);
        $session = login($client);
        $client->mail_user_get($session, ['email' => '%']); // warm-up
        $times = [];
        $rows = 0;
        for ($i = 0; $i < $n; $i++) {
            $start = microtime(true);
            $rows = count($client->mail_user_get($session, ['email' => '%']));
            $times[] = microtime(true) - $start;
        }
        sort($times);
        printf("calls=%d rows=%d median=%.6f peak_memory=%d peak_rss=%d\n", $n, $rows,
            $times[intdiv(count($times), 2)], memory_get_peak_usage(true), peak_rss());
        break;
    case 'decode-local':
        $client = new LocalClient(null, ['location' => 'http://127.0.0.1/remote/index.php',
            'uri' => 'https://localhost/remote/', 'trace' => 0]);
        $client->body = file_get_contents($url);
        $client->mail_user_get('session', ['email' => '%']); // warm-up
        $times = [];
        $rows = 0;
        for ($i = 0; $i < $n; $i++) {
            $start = microtime(true);
            $rows = count($client->mail_user_get('session', ['email' => '%']));
            $times[] = microtime(true) - $start;
        }
        sort($times);
        printf("calls=%d rows=%d bytes=%d median=%.6f peak_memory=%d\n", $n, $rows, strlen($client->body),
            $times[intdiv(count($times), 2)], memory_get_peak_usage(true));
        break;
    default:
        fwrite(STDERR, "unknown mode $mode\n");
        exit(2);
}
