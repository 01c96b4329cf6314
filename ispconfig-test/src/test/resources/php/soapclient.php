<?php
// Talks to the simulator as PHP hosting scripts do; prints one line per check.
[$script, $url, $user, $password, $keepAlive] = $argv;
$client = new SoapClient(null, [
    'location' => $url, 'uri' => 'http://127.0.0.1/remote/', 'trace' => 1, 'exceptions' => 1,
    'keep_alive' => $keepAlive === '1', 'connection_timeout' => 5,
]);
$session = $client->login($user, $password);
echo 'session ', strlen($session), "\n";
echo 'functions ', count($client->get_function_list($session)), "\n";
$site = $client->sites_web_domain_get($session, 1);
echo 'site ', $site['domain'], "\n";
echo 'missing ', var_export($client->sites_web_domain_get($session, 99999), true), "\n";
$users = $client->mail_user_get($session, ['email' => '%@example.com']);
echo 'mailboxes ', count($users), "\n";
$id = $client->dns_txt_add($session, 1, ['server_id' => 1, 'zone' => 1, 'name' => 'php', 'type' => 'TXT',
    'data' => 'hello', 'ttl' => 3600, 'active' => 'Y']);
echo 'added ', gettype($id), "\n";
echo 'deleted ', var_export($client->dns_txt_delete($session, $id), true), "\n";
try {
    $client->no_such_method($session);
} catch (SoapFault $f) {
    echo 'fault ', $f->faultcode, ' ', $f->getMessage(), "\n";
}
echo 'logout ', var_export($client->logout($session), true), "\n";
echo 'connection ', stripos($client->__getLastRequestHeaders(), 'Connection: close') !== false ? 'close' : 'keep-alive', "\n";
