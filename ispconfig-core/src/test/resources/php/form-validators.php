<?php
// The oracle of PhpValidatorContractTest, written for this project: the panel's form validators restated with PHP's
// own functions (preg_match, filter_var, date_parse_from_format, PHP's comparisons), one answer per case.
// stdin: [{"type": "REGEX", "arg": "/^a$/", "allowempty": false, "separator": null, "value": "a"}, ...]
// stdout: [true, false, ...]

error_reporting(E_ALL & ~E_WARNING & ~E_NOTICE & ~E_DEPRECATED);

function accepts($type, $arg, $allowempty, $separator, $v) {
    switch ($type) {
        case 'REGEX':
            return (bool) @preg_match($arg . 's', $v);
        case 'NOTEMPTY':
            return !(!isset($v) || $v === '');
        case 'ISASCII':
            return !preg_match("/[^\x20-\x7F]/", $v);
        case 'ISDOMAIN':
            if ($allowempty && $v == '') return true;
            return filter_var('check@' . $v, FILTER_VALIDATE_EMAIL) !== false;
        case 'ISEMAIL':
            if ($allowempty && $v == '') return true;
            return filter_var($v, FILTER_VALIDATE_EMAIL) !== false && preg_match("/^[^\\+]+$/", $v);
        case 'ISEMAILADDRESS':
            if ($allowempty && $v == '') return true;
            return filter_var($v, FILTER_VALIDATE_EMAIL) !== false;
        case 'ISINT':
            if ($v < PHP_INT_MAX) {
                return !($v != '' && filter_var($v, FILTER_VALIDATE_INT) === false);
            }
            $number = intval($v);
            return !($number === 0 and !empty($v));
        case 'ISPOSITIVE':
            return !($v != '' && filter_var($v, FILTER_VALIDATE_INT, array('options' => array('min_range' => 1))) === false);
        case 'ISIPV4':
            return (bool) filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_IPV4);
        case 'ISIPV6':
            return (bool) filter_var($v, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6);
        case 'ISIP':
            if ($allowempty && $v == '') return true;
            $parts = ($separator !== null && $separator !== '') ? explode($separator, $v) : array($v);
            foreach ($parts as $part) {
                if (!filter_var(trim($part), FILTER_VALIDATE_IP)) return false;
            }
            return true;
        case 'ISDATETIME':
            if ($allowempty && $v == '') return true;
            $parsed = date_parse_from_format('Y-m-d H:i:s', $v);
            return !($parsed['error_count'] > 0
                || ($parsed['year'] == 1899 && $parsed['month'] == 12 && $parsed['day'] == 31));
        case 'RANGE':
            $bounds = explode(':', trim($arg));
            if ($bounds[0] != '' && $v < $bounds[0]) return false;
            if (isset($bounds[1]) && $bounds[1] != '' && $v > $bounds[1]) return false;
            return true;
    }
    throw new RuntimeException("unknown validator $type");
}

$answers = array();
foreach (json_decode(stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR) as $case) {
    $answers[] = (bool) accepts($case['type'], $case['arg'], $case['allowempty'], $case['separator'], $case['value']);
}
echo json_encode($answers), "\n";
