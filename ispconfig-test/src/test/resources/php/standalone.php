<?php
// A PHP hosting script's view of the standalone simulator: log in, read the seeded data, write one record, hit a
// fault, log out; prints what it saw as one JSON object. The password comes from the environment, not the command line.
[$script, $url, $user] = $argv;
$client = new SoapClient(null, [
    'location' => $url, 'uri' => 'https://localhost/remote/', 'exceptions' => true, 'connection_timeout' => 5,
]);
$seen = [];
$session = $client->login($user, getenv('SIMULATOR_PASSWORD'));
$seen['sessionLength'] = strlen($session);

$sites = $client->sites_web_domain_get($session, ['domain' => 'example.com']);
$site = $client->sites_web_domain_get($session, (int) $sites[0]['domain_id']);
$seen['site'] = ['domain' => $site['domain'], 'active' => $site['active'], 'type' => $site['type']];

$zone = $client->dns_zone_get_id($session, 'example.com');
$records = $client->dns_rr_get_all_by_zone($session, $zone);
$seen['records'] = array_map(fn ($r) => [$r['type'], $r['name'], $r['data']], $records);

$added = $client->dns_a_add($session, 0, ['server_id' => 1, 'zone' => $zone,
    'name' => 'php', 'type' => 'A', 'data' => '192.0.2.99', 'ttl' => 3600, 'active' => 'Y']);
$seen['addedType'] = gettype($added);
$seen['added'] = $client->dns_a_get($session, $added)['data'];

$seen['mailboxes'] = array_column($client->mail_user_get($session, ['email' => '%@example.com']), 'email');

try {
    $client->dns_a_add($session, 0, ['server_id' => 1]);
    $seen['fault'] = null;
} catch (SoapFault $f) {
    $seen['fault'] = $f->faultcode;
}
$seen['logout'] = $client->logout($session);
try {
    $client->sites_web_domain_get($session, 1);
    $seen['afterLogout'] = null;
} catch (SoapFault $f) {
    $seen['afterLogout'] = $f->faultcode;
}
echo json_encode($seen), "\n";
