<?php
// Test fixture for the extractor: a made-up base class shaped like a remote API dispatcher.
class remoting {
	private $notes = array('open' => '{', 'call' => "function } (");

	public function __construct($handlers = array())
	{
		$this->handlers = $handlers;
	}

	public function login($user, $secret, $as_client = false)
	{
		return 'token';
	}

	public function logout($session_id)
	{
		return true;
	}

	protected function checkPerm($session_id, $name)
	{
		return $name != '';
	}

	protected function insertQuery($form, $client_id, $params, $event = '')
	{
		return 1;
	}

	protected function updateQuery($form, $client_id, $primary_id, $params, $event = '')
	{
		return 1;
	}

	protected function deleteQuery($form, $primary_id, $event = '')
	{
		return 1;
	}

	public function server_get($session_id, $server_id = null, $section = '')
	{
		if (!$this->checkPerm($session_id, 'server_get')) {
			return false;
		}
		return array();
	}

	public function get_function_list($session_id)
	{
		if (!$this->checkPerm($session_id, 'get_function_list')) {
			return false;
		}
		return array();
	}

	private function base_secret()
	{
		return 42;
	}
}
