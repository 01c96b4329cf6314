<?php
// A tiny non-WSDL SoapServer for the Java client's contract tests (PhpContractTest).
// Run as a router script: php -S 127.0.0.1:<port> echo-server.php
// Sessions live in a JSON file under $PHP_TEST_STATE_DIR (one php -S process per test class).

const SESSION_PREFIX = 'e';

function state_file(): string
{
    $dir = getenv('PHP_TEST_STATE_DIR') ?: sys_get_temp_dir();
    return $dir . '/echo-server-' . $_SERVER['SERVER_PORT'] . '.json';
}

function load_state(): array
{
    $text = @file_get_contents(state_file());
    $state = $text === false ? null : json_decode($text, true);
    return is_array($state) ? $state : ['counter' => 0, 'live' => [], 'logins' => 0, 'logouts' => []];
}

function save_state(array $state): void
{
    file_put_contents(state_file(), json_encode($state), LOCK_EX);
}

// What PHP received, with PHP's own types: int(1), float(0.1), bool(true), null,
// string(<bytes>)"<json escaped>" (or sha1 for long strings), array(<n>){<key>=><value>,...}.
function describe_value($v): string
{
    switch (gettype($v)) {
        case 'NULL':
            return 'null';
        case 'boolean':
            return 'bool(' . ($v ? 'true' : 'false') . ')';
        case 'integer':
            return 'int(' . $v . ')';
        case 'double':
            return 'float(' . var_export($v, true) . ')';
        case 'string':
            $text = strlen($v) > 1000 ? 'sha1:' . sha1($v) : json_encode($v, JSON_UNESCAPED_SLASHES);
            return 'string(' . strlen($v) . ')' . ($text === false ? 'INVALID_UTF8:' . bin2hex($v) : $text);
        case 'array':
            $parts = [];
            foreach ($v as $key => $item) {
                $parts[] = describe_value($key) . '=>' . describe_value($item);
            }
            return 'array(' . count($v) . '){' . implode(',', $parts) . '}';
        case 'object':
            return 'object(' . get_class($v) . ')' . describe_value(get_object_vars($v));
        default:
            return gettype($v);
    }
}

final class EchoHandler
{
    public function login($username, $password)
    {
        if ($username !== 'u' || $password !== 'p') {
            throw new SoapFault('login_failed', 'The login failed. Username or password wrong.');
        }
        $state = load_state();
        $state['counter']++;
        $state['logins']++;
        // 41 characters like ISPConfig's ids: a letter and 40 hex digits.
        $id = SESSION_PREFIX . sha1('echo-session-' . $state['counter']);
        $state['live'][] = $id;
        save_state($state);
        return $id;
    }

    public function logout($sid)
    {
        $state = load_state();
        $state['live'] = array_values(array_diff($state['live'], [$sid]));
        $state['logouts'][] = $sid;
        save_state($state);
        return true;
    }

    public function echo_value($sid, $v)
    {
        $this->check($sid);
        return $v;
    }

    public function describe($sid, $v)
    {
        $this->check($sid);
        return describe_value($v);
    }

    /** All arguments after the session id, described; shows how many PHP received. */
    public function describe_all($sid, ...$values)
    {
        $this->check($sid);
        return describe_value($values);
    }

    /** Values PHP itself produces, so decoding of PHP's own encoding is asserted. */
    public function make($sid, $what)
    {
        $this->check($sid);
        $object = new stdClass();
        $object->name = 'web1';
        $object->id = 7;
        $values = [
            'int_max' => PHP_INT_MAX,
            'int_min' => PHP_INT_MIN,
            'int_big' => 3000000000,
            'int_small' => -42,
            'float' => 0.1,
            'float_whole' => 2.0,
            'float_huge' => 1e300,
            'float_tiny' => -1.5e-300,
            'float_precise' => 0.1 + 0.2,
            'float_pi' => M_PI,
            'nan' => NAN,
            'inf' => INF,
            'minus_inf' => -INF,
            'true' => true,
            'false' => false,
            'null' => null,
            'numeric_string' => '0123',
            'crlf' => "a\r\nb\tc\rd",
            'empty_string' => '',
            'blank' => " \r\n\t",
            'empty_array' => [],
            'list' => ['a', 'b', 'c'],
            'mixed_list' => [1, 'two', 3.5, false, null],
            'int_keys' => [1 => 'one', 5 => 'five'],
            'unordered_int_keys' => [1 => 'one', 0 => 'zero'],
            'mixed_keys' => ['a' => 1, 7 => 2],
            'nested' => ['server' => ['id' => 1, 'ips' => ['10.0.0.1', '10.0.0.2']], 'tags' => [], 'active' => 'y'],
            'object' => $object,
        ];
        if (!array_key_exists($what, $values)) {
            throw new SoapFault('invalid parameters', 'unknown value ' . $what);
        }
        return $values[$what];
    }

    public function fail_with($sid, $code, $message)
    {
        $this->check($sid);
        throw new SoapFault($code, $message);
    }

    /** Forgets the caller's session, as the panel's absolute expiry does; other sessions live on. */
    public function expire_session($sid)
    {
        $this->check($sid);
        $state = load_state();
        $state['live'] = array_values(array_diff($state['live'], [$sid]));
        save_state($state);
        return true;
    }

    /** Logins and logouts so far. */
    public function stats($sid)
    {
        $this->check($sid);
        $state = load_state();
        return ['logins' => $state['logins'], 'logouts' => count($state['logouts']), 'live' => count($state['live'])];
    }

    private function check($sid)
    {
        if (!is_string($sid) || !in_array($sid, load_state()['live'], true)) {
            throw new SoapFault('session_does_not_exist', 'The session does not exist or has expired.');
        }
    }
}

$server = new SoapServer(null, ['uri' => 'urn:echo']);
$server->setClass(EchoHandler::class);
$server->handle();
