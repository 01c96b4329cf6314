<?php
// Evaluates ISPConfig form definitions (*.tform.php) the way the remote API loads them, with stand-ins for the
// panel's objects, and prints the facts of every field as JSON. Run by FormExtractor (ispconfig-tools); written for
// this project, it holds no code of ISPConfig.
//
// stdin:  {"forms": {"<path as the remote API names it>": "<PHP source, base64>"}, "config": "<system.ini.master text>",
//          "languages": ["en", ...], "themes": ["default", ...]}
// stdout: {"<path>": {"db_table": ..., "db_table_idx": ..., "auth": ..., "db_history": ..., "tabs": [...],
//          "fields": {"<name>": {"tab": ..., "datatype": ..., ...}}}}
//
// The stand-ins answer as the panel does for an administrator with no form-specific session state: auth->is_admin()
// and has_clients() are true, the database has no rows, every helper program is installed, and the global config is
// the installer's defaults. A field whose definition depends on a config switch is evaluated a second time with every
// "y" switch turned to "n": fields that vanish are marked config_gated. A third time every request parameter is
// present: a default that changes is read from the request and marked default_dynamic "request".

error_reporting(E_ALL & ~E_NOTICE & ~E_WARNING & ~E_DEPRECATED);

const TODAY = '@today';
const RANDOM_PASSWORD = '@random_password';
const VALIDATOR_KEYS = array('type' => 0, 'errmsg' => 0, 'regex' => 0, 'range' => 0, 'allowempty' => 0,
        'separator' => 0, 'class' => 0, 'function' => 0);

final class StandInFunctions {
    function intval($value, $base = 10) { return intval($value, $base); }
    function htmlentities($value) { return htmlentities((string) $value); }
}

final class StandInAuth {
    function is_admin() { return true; }
    function has_clients($userid) { return true; }
    function is_superadmin() { return true; }
    function get_random_password($length = 8, $special = false) { return RANDOM_PASSWORD; }
}

final class StandInDb {
    function queryOneRecord(...$args) { return null; }
    function queryAllRecords(...$args) { return array(); }
    function quote($value) { return addslashes((string) $value); }
}

final class StandInConfig {
    public $sections = array();
    function get_global_config($section = '') {
        if ($section === '') return $this->sections;
        return isset($this->sections[$section]) ? $this->sections[$section] : array();
    }
    function get_server_config($server_id, $section = '') { return array(); }
}

final class StandInSystem {
    function is_installed($program) { return true; }
}

final class StandInTemplate {
    function setVar(...$args) { }
}

final class StandInApp {
    public $functions, $auth, $db, $getconf, $system, $tpl;
    function __construct($config) {
        $this->functions = new StandInFunctions();
        $this->auth = new StandInAuth();
        $this->db = new StandInDb();
        $this->getconf = new StandInConfig();
        $this->getconf->sections = $config;
        $this->system = new StandInSystem();
        $this->tpl = new StandInTemplate();
    }
    function uses($classes) { }
    function load($classes) { }
    // date() prints the escaped characters as they are: the default of a date field reads "@today".
    function lng($key) { return $key === 'conf_format_dateshort' ? '\@\t\o\d\a\y' : $key; }
}

/** A request in which every parameter is present: defaults read from it differ from those of an empty one. */
final class EveryParameter implements ArrayAccess {
    // No return types, for PHP 7.4; PHP 8.1's deprecation notice about them is not reported.
    function offsetExists($key) { return true; }
    function offsetGet($key) { return '4242'; }
    function offsetSet($key, $value) { }
    function offsetUnset($key) { }
}

/** Includes one form definition as remoting_lib::loadFormDef does: in a function, with $app and $conf global. */
function load_form($file) {
    global $app, $conf;
    include $file;
    return $form;
}

/** The facts a client needs of one field, in a fixed shape; everything about the UI (width, title, …) is dropped. */
function field_facts($tab, $def) {
    $facts = array('tab' => $tab);
    foreach (array('datatype', 'formtype') as $key) {
        $facts[$key] = isset($def[$key]) ? $def[$key] : null;
    }
    if (array_key_exists('default', $def) && $def['default'] !== '' && $def['default'] !== null) {
        if ($def['default'] === TODAY) {
            $facts['default_dynamic'] = 'today';
        } elseif ($def['default'] === RANDOM_PASSWORD) {
            $facts['default_dynamic'] = 'random_password';
        } else {
            $facts['default'] = $def['default'];
        }
    }
    if (isset($def['value']) && $def['value'] !== '' && $def['value'] !== array()) {
        $facts['value'] = $def['value'];
    }
    if (isset($def['maxlength']) && $def['maxlength'] !== '') {
        $facts['maxlength'] = $def['maxlength'];
    }
    if (!empty($def['validators']) && is_array($def['validators'])) {
        $facts['validators'] = array();
        foreach ($def['validators'] as $validator) {
            // What a check needs; arguments of the panel's own CUSTOM functions (check_names, …) stay with the panel.
            $facts['validators'][] = array_intersect_key((array) $validator, VALIDATOR_KEYS);
        }
    }
    if (!empty($def['filters']) && is_array($def['filters'])) {
        $saved = array();
        foreach ($def['filters'] as $filter) {
            if (isset($filter['event']) && strtoupper($filter['event']) === 'SAVE' && isset($filter['type'])) {
                $saved[] = $filter['type'];
            }
        }
        if ($saved) $facts['filters'] = $saved;
    }
    if (!empty($def['datasource']) && is_array($def['datasource'])) {
        $source = $def['datasource'];
        $type = isset($source['type']) ? strtoupper($source['type']) : '';
        if ($type === 'SQL') {
            $facts['datasource'] = 'SQL key=' . @$source['keyfield'] . ' value=' . @$source['valuefield'];
        } elseif ($type === 'CUSTOM') {
            $facts['datasource'] = 'CUSTOM ' . @$source['class'] . '::' . @$source['function'];
        } else {
            $facts['datasource'] = $type;
        }
    }
    foreach (array('separator', 'encryption') as $key) {
        if (isset($def[$key]) && $def[$key] !== '') $facts[$key] = $def[$key];
    }
    return $facts;
}

/** The form's table facts and its fields merged across tabs, later tabs replacing earlier ones. */
function form_facts($form) {
    $facts = array();
    foreach (array('db_table', 'db_table_idx', 'auth', 'db_history') as $key) {
        $facts[$key] = isset($form[$key]) ? $form[$key] : null;
    }
    $facts['tabs'] = array();
    $facts['fields'] = array();
    foreach ((array) @$form['tabs'] as $tab => $definition) {
        $facts['tabs'][] = (string) $tab;
        foreach ((array) @$definition['fields'] as $name => $field) {
            $facts['fields'][(string) $name] = field_facts((string) $tab, (array) $field);
        }
    }
    return $facts;
}

/** Every switch of the global config that is on ("y"), turned off. */
function switched_off($config) {
    foreach ($config as $section => $values) {
        foreach ($values as $key => $value) {
            if ($value === 'y') $config[$section][$key] = 'n';
        }
    }
    return $config;
}

function evaluate($path, $file, $config, $request = array()) {
    global $app, $conf, $_SESSION, $_REQUEST, $_GET, $_POST;
    $app = new StandInApp($config);
    $conf = array('language' => 'en', 'server_id' => 1, 'app_version' => '3');
    $_SESSION = array('s' => array('user' => array('typ' => 'admin', 'userid' => 1, 'default_group' => 1)));
    $_REQUEST = $request;
    $_GET = $_POST = array();
    $form = load_form($file);
    if (!is_array($form)) {
        throw new RuntimeException("$path defines no \$form");
    }
    return form_facts($form);
}

function main() {
    $input = json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR);
    $root = sys_get_temp_dir() . '/ispconfig-forms-' . getmypid() . '-' . bin2hex(random_bytes(4));
    $created = array();
    try {
        foreach (array($root, "$root/lib", "$root/lib/lang", "$root/web", "$root/web/themes") as $dir) {
            mkdir($dir);
            $created[] = $dir;
        }
        foreach ($input['languages'] as $language) {
            touch("$root/lib/lang/$language.lng");
            $created[] = "$root/lib/lang/$language.lng";
        }
        foreach ($input['themes'] as $theme) {
            mkdir("$root/web/themes/$theme");
            $created[] = "$root/web/themes/$theme";
        }
        define('ISPC_ROOT_PATH', $root);
        define('ISPC_WEB_PATH', "$root/web");
        define('ISPC_THEMES_PATH', "$root/web/themes");
        define('ISPC_LIB_PATH', "$root/lib");
        define('ISPC_APP_VERSION', '3');

        $config = parse_ini_string($input['config'], true, INI_SCANNER_RAW);
        if ($config === false) {
            throw new RuntimeException('the global config is no INI text');
        }
        $output = array();
        foreach ($input['forms'] as $path => $source) {
            $file = "$root/form.php";
            file_put_contents($file, base64_decode($source, true));
            try {
                $facts = evaluate($path, $file, $config);
                $off = evaluate($path, $file, switched_off($config));
                $requested = evaluate($path, $file, $config, new EveryParameter());
            } finally {
                unlink($file);
            }
            foreach ($facts['fields'] as $name => $field) {
                if (!isset($off['fields'][$name])) {
                    $facts['fields'][$name]['config_gated'] = true;
                }
                $other = isset($requested['fields'][$name]) ? $requested['fields'][$name] : array();
                if (array_key_exists('default', $field)
                        && (!array_key_exists('default', $other) || $other['default'] !== $field['default'])) {
                    // Read from the request (the zone of a DNS record, …): no default of the form's own.
                    unset($facts['fields'][$name]['default']);
                    $facts['fields'][$name]['default_dynamic'] = 'request';
                }
            }
            if (!$facts['fields']) {
                $facts['fields'] = new stdClass(); // {} rather than [] in JSON
            }
            $output[$path] = $facts;
        }
        echo json_encode($output, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION
                | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR), "\n";
    } finally {
        foreach (array_reverse($created) as $path) {
            is_dir($path) ? rmdir($path) : unlink($path);
        }
    }
}

main();
